package org.entente.domain.party;

/** Identity of a region. */
public record RegionId(long value) {

  public RegionId {
    if (value <= 0) {
      throw new IllegalArgumentException("RegionId must be positive, not " + value);
    }
  }
}
