package org.entente.domain.negotiation;

import java.time.LocalDate;
import java.util.List;
import org.entente.domain.Nesting;
import org.entente.domain.party.PartyId;

/**
 * Which negotiations to list: every criterion given must hold. {@code text} is words of the title
 * or subject, {@code subject} words of the subject alone. {@code status} is the status on {@code
 * asOf} (today's when no date is given), derived from the steps as {@link NegotiationLifecycle}
 * does; launched and concluded ranges hold the whole date of that step.
 */
public record NegotiationFilter(
    List<PartyId> parties,
    List<String> topics,
    String text,
    String subject,
    NegotiationStatus status,
    LocalDate asOf,
    LocalDate launchedFrom,
    LocalDate launchedTo,
    LocalDate concludedFrom,
    LocalDate concludedTo,
    List<NegotiationFilter> and,
    List<NegotiationFilter> or,
    NegotiationFilter not) {

  public static final NegotiationFilter ALL =
      new NegotiationFilter(
          null, null, null, null, null, null, null, null, null, null, null, null, null);

  /** Every one of these parties takes part. */
  public static NegotiationFilter between(List<PartyId> parties) {
    return new NegotiationFilter(
        parties, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public NegotiationFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    topics = topics == null ? List.of() : List.copyOf(topics);
    text = text == null || text.isBlank() ? null : text.strip();
    subject = subject == null || subject.isBlank() ? null : subject.strip();
    if (asOf != null && status == null) {
      throw new IllegalArgumentException("asOf dates a status: give the status too");
    }
    and = and == null ? List.of() : List.copyOf(and);
    or = or == null ? List.of() : List.copyOf(or);
    if (Nesting.depth(and, or, not, NegotiationFilter::nesting) > Nesting.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "filters nest at most " + Nesting.MAX_DEPTH + " levels deep");
    }
  }

  int nesting() {
    return Nesting.depth(and, or, not, NegotiationFilter::nesting);
  }
}
