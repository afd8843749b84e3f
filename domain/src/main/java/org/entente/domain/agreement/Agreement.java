package org.entente.domain.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.RuleViolation;
import org.entente.domain.Text;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.RegionId;
import org.entente.domain.source.Citation;

/**
 * An instrument between parties. Its actions follow {@link AgreementLifecycle}; its status is
 * derived from them. {@code firstInRegionId} names the region where a source calls it the first
 * agreement of its kind.
 */
public record Agreement(
    AgreementId id,
    String title,
    String shortTitle,
    AgreementKind kind,
    String summary,
    List<PartyId> partyIds,
    List<AgreementAction> actions,
    AgreementId replacesId,
    RegionId firstInRegionId,
    List<Identifier> identifiers,
    List<Citation> citations) {

  public Agreement {
    title = Text.required(title, "agreement title");
    shortTitle = Text.optional(shortTitle, "short title");
    Objects.requireNonNull(kind, "kind");
    summary = Text.optional(summary, "summary");
    partyIds = List.copyOf(new LinkedHashSet<>(partyIds));
    if (partyIds.size() < 2) {
      throw new IllegalArgumentException("an agreement is between at least two parties: " + title);
    }
    actions = List.copyOf(actions);
    if (id != null && id.equals(replacesId)) {
      throw new IllegalArgumentException("an agreement cannot replace itself: " + title);
    }
    identifiers = List.copyOf(identifiers);
    citations = List.copyOf(citations);
    AgreementLifecycle.check(partyIds, actions);
  }

  public AgreementStanding status() {
    return AgreementLifecycle.status(partyIds, actions);
  }

  public AgreementStanding statusOn(LocalDate day) {
    return AgreementLifecycle.statusOn(partyIds, actions, day);
  }

  public List<AgreementStanding> statusHistory() {
    return AgreementLifecycle.history(partyIds, actions);
  }

  public Optional<AgreementId> replaces() {
    return Optional.ofNullable(replacesId);
  }

  /**
   * The agreement with {@code action} taken after its last one: refused, at the action's field,
   * when the lifecycle does not allow it there (no entry into force before signature, no act of a
   * party that is not a party to the agreement) or it cites no source.
   */
  public Agreement withAction(AgreementAction action) {
    AgreementLifecycle.checkNext(partyIds, actions, action);
    Citation.requireAny(action.facts().citations(), "every action cites at least one source");
    List<AgreementAction> next = new ArrayList<>(actions);
    next.add(action);
    return withActions(next);
  }

  /**
   * The agreement without the action {@code id}, to correct a mistake: any action may go, as long
   * as the actions left still follow the lifecycle (a signature stays while a ratification or an
   * entry into force follows it).
   */
  public Agreement withoutAction(AgreementActionId id) {
    List<AgreementAction> left =
        actions.stream().filter(action -> !id.equals(action.facts().id())).toList();
    if (left.size() == actions.size()) {
      throw new RuleViolation("NOT_FOUND", "the agreement has no such action");
    }
    try {
      AgreementLifecycle.check(partyIds, left);
    } catch (RuleViolation violation) {
      throw new RuleViolation(
          violation.code(), "a later action depends on this one: " + violation.getMessage());
    }
    return withActions(left);
  }

  /** Refuses actions that cite no source, naming the first such action. */
  public void requireCitedActions() {
    for (int i = 0; i < actions.size(); i++) {
      try {
        Citation.requireAny(
            actions.get(i).facts().citations(), "every action cites at least one source");
      } catch (RuleViolation violation) {
        throw violation.at("actions", String.valueOf(i));
      }
    }
  }

  private Agreement withActions(List<AgreementAction> next) {
    return new Agreement(
        id,
        title,
        shortTitle,
        kind,
        summary,
        partyIds,
        next,
        replacesId,
        firstInRegionId,
        identifiers,
        citations);
  }
}
