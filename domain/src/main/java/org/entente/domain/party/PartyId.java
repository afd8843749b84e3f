package org.entente.domain.party;

/** Identity of a party. */
public record PartyId(long value) {

  public PartyId {
    if (value <= 0) {
      throw new IllegalArgumentException("PartyId must be positive, not " + value);
    }
  }
}
