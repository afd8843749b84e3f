package org.entente.domain.source;

/** Identity of a source. */
public record SourceId(long value) {

  public SourceId {
    if (value <= 0) {
      throw new IllegalArgumentException("SourceId must be positive, not " + value);
    }
  }
}
