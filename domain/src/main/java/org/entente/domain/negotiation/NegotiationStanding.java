package org.entente.domain.negotiation;

import java.util.Objects;
import org.entente.domain.PartialDate;

/** A negotiation's status, since when, and the step that set it. */
public record NegotiationStanding(
    NegotiationStatus status, PartialDate since, NegotiationStep step) {

  public NegotiationStanding {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(step, "step");
  }
}
