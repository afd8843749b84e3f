package org.entente.domain.revision;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a record stands: its version, raised by every change, when it last changed, and when it was
 * retired, if it was.
 */
public record Revision(long version, Instant updatedAt, Instant retiredAt) {

  public Revision {
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1, not " + version);
    }
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public Optional<Instant> retired() {
    return Optional.ofNullable(retiredAt);
  }
}
