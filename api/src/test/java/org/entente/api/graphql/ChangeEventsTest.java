package org.entente.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.domain.revision.Change;
import org.entente.domain.revision.Committed;
import org.junit.jupiter.api.Test;

/** The server's one stream of committed changes, across stops and starts of the application. */
class ChangeEventsTest {

  private final List<Consumer<Committed>> listeners = new ArrayList<>();
  private final ChangeEvents events =
      new ChangeEvents(
          listener -> {
            listeners.add(listener);
            return () -> {};
          });

  private static Committed change(long transaction) {
    return new Committed("Meeting", 1, "meeting", Change.Operation.UPDATE, 1L, transaction);
  }

  @Test
  void aStop_endsTheSubscriptions_andAStartAgain_servesNewOnes() {
    events.start();
    List<Committed> before = new ArrayList<>();
    boolean[] ended = {false};
    events.changes().doOnComplete(() -> ended[0] = true).subscribe(before::add);
    listeners.get(0).accept(change(1));
    events.stop();
    assertThat(before).containsExactly(change(1));
    assertThat(ended[0]).isTrue();

    events.start();
    List<Committed> after = new ArrayList<>();
    events.changes().subscribe(after::add);
    listeners.get(1).accept(change(2));
    assertThat(after).containsExactly(change(2));
    assertThat(before).containsExactly(change(1));
  }
}
