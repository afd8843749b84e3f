package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.entente.domain.revision.Change;
import org.entente.domain.revision.Committed;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The change feed hears what PostgreSQL announces on its channel, and nothing else. */
class PgChangeFeedTest {

  private final TestDatabase database = TestDatabase.shared();
  private final DSLContext db = database.migrated();

  @Test
  void anAnnouncementItCannotRead_isPassedOver_andThoseAfterItStillHeard() throws Exception {
    BlockingQueue<Committed> heard = new LinkedBlockingQueue<>();
    PgChangeFeed feed =
        new PgChangeFeed(
            () ->
                DriverManager.getConnection(database.url(), database.user(), database.password()));
    try (AutoCloseable listening = feed.listen(heard::add)) {
      // Announced until the feed's connection has begun to listen.
      Committed first = null;
      for (int attempt = 0; attempt < 50 && first == null; attempt++) {
        db.execute("select pg_notify(?, ?)", PgChangeFeed.CHANNEL, "Meeting|1|meeting|INSERT|1|1");
        first = heard.poll(100, TimeUnit.MILLISECONDS);
      }
      assertThat(first).isNotNull();

      // Any role may notify on the channel: what no trigger wrote must not stop the feed.
      db.execute(
          "select pg_notify(?, ?), pg_notify(?, ?), pg_notify(?, ?)",
          PgChangeFeed.CHANNEL,
          "Meeting|one|meeting|INSERT||7",
          PgChangeFeed.CHANNEL,
          "Meeting|2|meeting|RENAMED|2|7",
          PgChangeFeed.CHANNEL,
          "Meeting|3|meeting|UPDATE|3|8");

      Committed next;
      do {
        // An earlier attempt's announcement may arrive after the one first heard.
        next = heard.poll(5, TimeUnit.SECONDS);
      } while (next != null && next.key() == 1);
      assertThat(next)
          .isEqualTo(new Committed("Meeting", 3, "meeting", Change.Operation.UPDATE, 3L, 8));
      assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
    }
  }
}
