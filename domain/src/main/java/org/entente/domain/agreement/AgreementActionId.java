package org.entente.domain.agreement;

/** Identity of an action on an agreement. */
public record AgreementActionId(long value) {

  public AgreementActionId {
    if (value <= 0) {
      throw new IllegalArgumentException("AgreementActionId must be positive, not " + value);
    }
  }
}
