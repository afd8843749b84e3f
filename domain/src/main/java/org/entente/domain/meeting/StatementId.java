package org.entente.domain.meeting;

/** Identity of a statement. */
public record StatementId(long value) {

  public StatementId {
    if (value <= 0) {
      throw new IllegalArgumentException("StatementId must be positive, not " + value);
    }
  }
}
