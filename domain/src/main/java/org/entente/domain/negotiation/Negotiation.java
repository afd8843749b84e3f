package org.entente.domain.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.RuleViolation;
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

  /**
   * The negotiation with {@code step} taken after its last one: refused, at the step's field, when
   * the lifecycle does not allow it there or it cites no source.
   */
  public Negotiation withStep(NegotiationStep step) {
    NegotiationLifecycle.checkNext(steps, step);
    Citation.requireAny(step.facts().citations(), "every step cites at least one source");
    List<NegotiationStep> next = new ArrayList<>(steps);
    next.add(step);
    return withSteps(next);
  }

  /**
   * The negotiation without the step {@code id}, to correct a mistake: any step may go, as long as
   * the steps left still follow the lifecycle (a launch stays while rounds follow it).
   */
  public Negotiation withoutStep(NegotiationStepId id) {
    List<NegotiationStep> left =
        steps.stream().filter(step -> !id.equals(step.facts().id())).toList();
    if (left.size() == steps.size()) {
      throw new RuleViolation("NOT_FOUND", "the negotiation has no such step");
    }
    try {
      NegotiationLifecycle.check(left);
    } catch (RuleViolation violation) {
      throw new RuleViolation(
          violation.code(), "a later step depends on this one: " + violation.getMessage());
    }
    return withSteps(left);
  }

  /** Refuses steps that cite no source, naming the first such step. */
  public void requireCitedSteps() {
    for (int i = 0; i < steps.size(); i++) {
      try {
        Citation.requireAny(
            steps.get(i).facts().citations(), "every step cites at least one source");
      } catch (RuleViolation violation) {
        throw violation.at("steps", String.valueOf(i));
      }
    }
  }

  private Negotiation withSteps(List<NegotiationStep> next) {
    return new Negotiation(
        id, title, subject, parties, topicIds, next, target, agreementId, citations);
  }
}
