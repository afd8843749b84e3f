package org.entente.domain.source;

/** Identity of a citation. */
public record CitationId(long value) {

  public CitationId {
    if (value <= 0) {
      throw new IllegalArgumentException("CitationId must be positive, not " + value);
    }
  }
}
