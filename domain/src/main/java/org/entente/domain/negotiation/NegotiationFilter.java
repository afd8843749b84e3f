package org.entente.domain.negotiation;

import java.time.LocalDate;
import java.util.List;
import org.entente.domain.party.PartyId;

/**
 * Which negotiations to list: every criterion given must hold. {@code status} is the status on
 * {@code asOf} (today's when no date is given), derived from the steps as {@link
 * NegotiationLifecycle} does; launched and concluded ranges hold the whole date of that step.
 */
public record NegotiationFilter(
    List<PartyId> parties,
    List<String> topics,
    String text,
    NegotiationStatus status,
    LocalDate asOf,
    LocalDate launchedFrom,
    LocalDate launchedTo,
    LocalDate concludedFrom,
    LocalDate concludedTo) {

  public static final NegotiationFilter ALL =
      new NegotiationFilter(null, null, null, null, null, null, null, null, null);

  public NegotiationFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    topics = topics == null ? List.of() : List.copyOf(topics);
    text = text == null || text.isBlank() ? null : text.strip();
    if (asOf != null && status == null) {
      throw new IllegalArgumentException("asOf dates a status: give the status too");
    }
  }
}
