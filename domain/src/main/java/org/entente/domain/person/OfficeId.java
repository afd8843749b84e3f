package org.entente.domain.person;

/** Identity of an office. */
public record OfficeId(long value) {

  public OfficeId {
    if (value <= 0) {
      throw new IllegalArgumentException("OfficeId must be positive, not " + value);
    }
  }
}
