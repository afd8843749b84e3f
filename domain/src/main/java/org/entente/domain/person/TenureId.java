package org.entente.domain.person;

/** Identity of a tenure. */
public record TenureId(long value) {

  public TenureId {
    if (value <= 0) {
      throw new IllegalArgumentException("TenureId must be positive, not " + value);
    }
  }
}
