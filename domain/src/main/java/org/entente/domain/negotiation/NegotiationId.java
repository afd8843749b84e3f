package org.entente.domain.negotiation;

/** Identity of a negotiation. */
public record NegotiationId(long value) {

  public NegotiationId {
    if (value <= 0) {
      throw new IllegalArgumentException("NegotiationId must be positive, not " + value);
    }
  }
}
