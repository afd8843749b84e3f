package org.entente.domain.revision;

import java.util.function.Consumer;

/**
 * Committed changes of the record as they happen, whichever server made them. A listener that is
 * away while the database is unreachable misses what was committed meanwhile.
 */
public interface ChangeFeed {

  /** Calls {@code listener} for every committed row until the returned handle is closed. */
  AutoCloseable listen(Consumer<Committed> listener);
}
