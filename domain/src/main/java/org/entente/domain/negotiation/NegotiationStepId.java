package org.entente.domain.negotiation;

/** Identity of a step of a negotiation. */
public record NegotiationStepId(long value) {

  public NegotiationStepId {
    if (value <= 0) {
      throw new IllegalArgumentException("NegotiationStepId must be positive, not " + value);
    }
  }
}
