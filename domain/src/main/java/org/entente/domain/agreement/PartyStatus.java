package org.entente.domain.agreement;

/** Where one party stands towards an agreement. */
public enum PartyStatus {
  NOT_SIGNED,
  SIGNED,
  PROVISIONALLY_APPLYING,
  CONSENTED,
  IN_FORCE,
  SUSPENDED,
  WITHDRAWN
}
