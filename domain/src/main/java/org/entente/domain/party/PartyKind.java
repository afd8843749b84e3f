package org.entente.domain.party;

/** What a party is; an institution always belongs to another party. */
public enum PartyKind {
  STATE,
  INTERNATIONAL_ORGANISATION,
  INSTITUTION
}
