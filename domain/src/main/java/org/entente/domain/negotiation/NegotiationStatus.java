package org.entente.domain.negotiation;

/** Where a negotiation stands. Rounds and a resumption leave it {@link #LAUNCHED}: under way. */
public enum NegotiationStatus {
  PROPOSED,
  MANDATE_GRANTED,
  LAUNCHED,
  SUSPENDED,
  CONCLUDED,
  INITIALLED,
  ABANDONED
}
