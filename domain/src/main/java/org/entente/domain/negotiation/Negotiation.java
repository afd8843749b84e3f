package org.entente.domain.negotiation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.Text;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.source.Citation;
import org.entente.domain.topic.TopicId;

/**
 * A process between parties on a subject. Its steps follow {@link NegotiationLifecycle}; its status
 * is derived from them, never stored beside them.
 */
public record Negotiation(
    NegotiationId id,
    String title,
    String subject,
    List<NegotiatingParty> parties,
    List<TopicId> topicIds,
    List<NegotiationStep> steps,
    TargetDate target,
    AgreementId agreementId,
    List<Citation> citations) {

  public Negotiation {
    title = Text.required(title, "negotiation title");
    subject = Text.optional(subject, "subject");
    parties = List.copyOf(parties);
    if (parties.size() < 2) {
      throw new IllegalArgumentException("a negotiation is between at least two parties: " + title);
    }
    if (new HashSet<>(parties.stream().map(NegotiatingParty::partyId).toList()).size()
        != parties.size()) {
      throw new IllegalArgumentException("a party is named once in a negotiation: " + title);
    }
    topicIds = List.copyOf(new LinkedHashSet<>(topicIds));
    steps = List.copyOf(steps);
    Objects.requireNonNull(target, "target date (TargetDate.unknown() when not known)");
    citations = List.copyOf(citations);
    NegotiationLifecycle.check(steps);
  }

  public Optional<NegotiationStanding> status() {
    return NegotiationLifecycle.status(steps);
  }

  public Optional<NegotiationStanding> statusOn(LocalDate day) {
    return NegotiationLifecycle.statusOn(steps, day);
  }

  public List<NegotiationStanding> statusHistory() {
    return NegotiationLifecycle.history(steps);
  }

  public Optional<AgreementId> agreement() {
    return Optional.ofNullable(agreementId);
  }
}
