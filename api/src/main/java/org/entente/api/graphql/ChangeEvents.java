package org.entente.api.graphql;

import org.entente.domain.revision.ChangeFeed;
import org.entente.domain.revision.Committed;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The record's committed changes as one hot stream that every subscription of this server shares; a
 * subscriber too slow to keep up misses changes rather than holding the others back.
 */
@Component
class ChangeEvents implements SmartLifecycle {

  private final ChangeFeed feed;
  private volatile Sinks.Many<Committed> sink = Sinks.many().multicast().directBestEffort();
  private AutoCloseable listening;

  ChangeEvents(ChangeFeed feed) {
    this.feed = feed;
  }

  Flux<Committed> changes() {
    return sink.asFlux();
  }

  @Override
  public synchronized void start() {
    // stop() completes the stream for good. Started again (as Spring's test framework starts an
    // application it stopped while others ran), the server's subscriptions need a new one.
    Sinks.Many<Committed> current = Sinks.many().multicast().directBestEffort();
    sink = current;
    // The feed's one thread is the only emitter, so emissions never race.
    listening = feed.listen(current::tryEmitNext);
  }

  @Override
  public synchronized void stop() {
    try {
      listening.close();
    } catch (Exception e) {
      throw new IllegalStateException("the change feed did not stop", e);
    } finally {
      listening = null;
      sink.tryEmitComplete();
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return listening != null;
  }
}
