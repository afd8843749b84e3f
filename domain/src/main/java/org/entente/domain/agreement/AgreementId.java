package org.entente.domain.agreement;

/** Identity of an agreement. */
public record AgreementId(long value) {

  public AgreementId {
    if (value <= 0) {
      throw new IllegalArgumentException("AgreementId must be positive, not " + value);
    }
  }
}
