package org.entente.domain.agreement;

/** Where an agreement stands as a whole. */
public enum AgreementStatus {
  NOT_SIGNED,
  SIGNED,
  PROVISIONALLY_APPLIED,
  IN_FORCE,
  SUSPENDED,
  TERMINATED
}
