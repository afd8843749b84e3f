package org.entente.domain.person;

/** Identity of a person. */
public record PersonId(long value) {

  public PersonId {
    if (value <= 0) {
      throw new IllegalArgumentException("PersonId must be positive, not " + value);
    }
  }
}
