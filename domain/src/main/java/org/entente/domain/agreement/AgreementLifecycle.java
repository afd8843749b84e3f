package org.entente.domain.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.AgreementStanding.PartyStanding;
import org.entente.domain.party.PartyId;

/**
 * The order of actions on an agreement, and its status at any date, overall and for each party,
 * derived from them. Actions are recorded in the order they were taken; one whose date is unknown
 * counts as taken once a later one has.
 */
public final class AgreementLifecycle {

  private static final Set<PartyStatus> SIGNATORY =
      EnumSet.of(PartyStatus.SIGNED, PartyStatus.PROVISIONALLY_APPLYING);
  private static final Set<PartyStatus> MAY_ENTER_INTO_FORCE =
      EnumSet.of(PartyStatus.SIGNED, PartyStatus.PROVISIONALLY_APPLYING, PartyStatus.CONSENTED);

  private AgreementLifecycle() {}

  /**
   * Refuses a sequence in which an action may not follow those before it; the violation's path
   * names the action ({@code actions, 3, party}).
   */
  public static void check(List<PartyId> parties, List<AgreementAction> actions) {
    State state = new State(parties);
    for (int i = 0; i < actions.size(); i++) {
      try {
        state.apply(actions.get(i));
      } catch (RuleViolation violation) {
        throw violation.at("actions", String.valueOf(i));
      }
    }
  }

  /**
   * Refuses {@code next} as the action after {@code actions}, which are in order; the violation's
   * path names the field of the action at fault ({@code kind}, {@code party} or {@code date}).
   */
  public static void checkNext(
      List<PartyId> parties, List<AgreementAction> actions, AgreementAction next) {
    State state = fold(parties, actions);
    state.apply(next);
  }

  /** The status once every recorded action is taken. */
  public static AgreementStanding status(List<PartyId> parties, List<AgreementAction> actions) {
    return fold(parties, actions).standing();
  }

  /**
   * The status on {@code day}: the actions that had certainly taken effect by then. An action taken
   * by then but effective only later holds back the actions recorded after it, since they may
   * depend on it.
   */
  public static AgreementStanding statusOn(
      List<PartyId> parties, List<AgreementAction> actions, LocalDate day) {
    int last = -1;
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).facts().effectiveDate().isCertainlyOnOrBefore(day)) {
        last = i;
      }
    }
    for (int i = 0; i <= last; i++) {
      PartialDate effective = actions.get(i).facts().effectiveDate();
      if (effective.isKnown() && effective.from().isAfter(day)) {
        last = i - 1;
        break;
      }
    }
    return fold(parties, actions.subList(0, last + 1)).standing();
  }

  /** Every change of the overall status, oldest first. */
  public static List<AgreementStanding> history(
      List<PartyId> parties, List<AgreementAction> actions) {
    List<AgreementStanding> changes = new ArrayList<>();
    State state = new State(parties);
    for (AgreementAction action : actions) {
      AgreementStatus before = state.status;
      state.apply(action);
      if (state.status != before) {
        changes.add(state.standing());
      }
    }
    return changes;
  }

  private static State fold(List<PartyId> parties, List<AgreementAction> actions) {
    State state = new State(parties);
    actions.forEach(state::apply);
    return state;
  }

  private static final class State {
    private AgreementStatus status = AgreementStatus.NOT_SIGNED;
    private PartialDate since = PartialDate.unknown();
    private final Map<PartyId, PartyStanding> parties = new LinkedHashMap<>();
    private PartialDate latestDated;

    State(List<PartyId> partyIds) {
      partyIds.forEach(
          party ->
              parties.put(
                  party, new PartyStanding(party, PartyStatus.NOT_SIGNED, PartialDate.unknown())));
    }

    AgreementStanding standing() {
      return new AgreementStanding(status, since, List.copyOf(parties.values()));
    }

    void apply(AgreementAction action) {
      ActionFacts facts = action.facts();
      if (facts.partyId() != null && !parties.containsKey(facts.partyId())) {
        throw refuse(action, "the party that acts must be a party to the agreement").at("party");
      }
      if (status == AgreementStatus.TERMINATED) {
        throw refuse(action, "nothing follows TERMINATED").at("kind");
      }
      if (latestDated != null && facts.date().isCertainlyBefore(latestDated)) {
        throw new RuleViolation(
                "ACTION_BEFORE_PREVIOUS",
                action.kind()
                    + " on "
                    + facts.date()
                    + " cannot precede the action before it, on "
                    + latestDated)
            .at("date");
      }
      // Compare with the latest start of any earlier action, not only the one just before.
      if (facts.date().isKnown()
          && (latestDated == null || facts.date().from().isAfter(latestDated.from()))) {
        latestDated = facts.date();
      }
      PartialDate when = facts.effectiveDate();
      switch (action.kind()) {
        case SIGNED -> {
          for (PartyId party : actingParties(facts)) {
            requireParty(action, party, EnumSet.of(PartyStatus.NOT_SIGNED), "has signed already");
            setParty(party, PartyStatus.SIGNED, when);
          }
          if (status == AgreementStatus.NOT_SIGNED) {
            setStatus(AgreementStatus.SIGNED, when);
          }
        }
        case PROVISIONALLY_APPLIED -> {
          requireStatus(
              action,
              EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.PROVISIONALLY_APPLIED),
              "only a signed agreement not yet in force is applied provisionally");
          for (PartyId party : actingParties(facts)) {
            if (facts.partyId() != null || SIGNATORY.contains(parties.get(party).status())) {
              requireParty(action, party, SIGNATORY, "must have signed to apply it provisionally");
              setParty(party, PartyStatus.PROVISIONALLY_APPLYING, when);
            }
          }
          setStatus(AgreementStatus.PROVISIONALLY_APPLIED, when);
        }
        case RATIFIED, ACCEPTED, APPROVED -> {
          requireParty(
              action,
              facts.partyId(),
              SIGNATORY,
              "must have signed before it consents to be bound");
          setParty(facts.partyId(), PartyStatus.CONSENTED, when);
        }
        case ACCEDED -> {
          requireStatus(
              action,
              EnumSet.complementOf(EnumSet.of(AgreementStatus.NOT_SIGNED)),
              "no party accedes to an agreement nobody has signed");
          requireParty(
              action,
              facts.partyId(),
              EnumSet.of(PartyStatus.NOT_SIGNED),
              "accedes only when it has not signed (a signatory ratifies)");
          setParty(facts.partyId(), PartyStatus.CONSENTED, when);
        }
        case ENTERED_INTO_FORCE -> {
          if (facts.partyId() == null) {
            requireStatus(
                action,
                EnumSet.of(
                    AgreementStatus.SIGNED,
                    AgreementStatus.PROVISIONALLY_APPLIED,
                    AgreementStatus.SUSPENDED),
                "an agreement enters into force after signature, and again only after a suspension");
            for (PartyStanding party : List.copyOf(parties.values())) {
              if (MAY_ENTER_INTO_FORCE.contains(party.status())
                  || party.status() == PartyStatus.SUSPENDED) {
                setParty(party.partyId(), PartyStatus.IN_FORCE, when);
              }
            }
          } else {
            requireParty(
                action,
                facts.partyId(),
                MAY_ENTER_INTO_FORCE,
                "must have signed or acceded before it is in force for it");
            setParty(facts.partyId(), PartyStatus.IN_FORCE, when);
          }
          if (status != AgreementStatus.IN_FORCE) {
            setStatus(AgreementStatus.IN_FORCE, when);
          }
        }
        case AMENDED ->
            requireStatus(
                action,
                EnumSet.complementOf(EnumSet.of(AgreementStatus.NOT_SIGNED)),
                "only a signed agreement is amended");
        case SUSPENDED -> {
          if (facts.partyId() == null) {
            requireStatus(
                action,
                EnumSet.of(AgreementStatus.IN_FORCE, AgreementStatus.PROVISIONALLY_APPLIED),
                "only an agreement in force or applied is suspended");
            setStatus(AgreementStatus.SUSPENDED, when);
          } else {
            requireParty(
                action,
                facts.partyId(),
                EnumSet.of(PartyStatus.IN_FORCE, PartyStatus.PROVISIONALLY_APPLYING),
                "suspends only an agreement in force or applied for it");
            setParty(facts.partyId(), PartyStatus.SUSPENDED, when);
          }
        }
        case WITHDRAWN -> {
          requireParty(
              action,
              facts.partyId(),
              EnumSet.complementOf(EnumSet.of(PartyStatus.NOT_SIGNED, PartyStatus.WITHDRAWN)),
              "withdraws only from an agreement it has signed or acceded to, and once");
          setParty(facts.partyId(), PartyStatus.WITHDRAWN, when);
        }
        case TERMINATED -> {
          requireStatus(
              action,
              EnumSet.complementOf(EnumSet.of(AgreementStatus.NOT_SIGNED)),
              "only a signed agreement is terminated");
          setStatus(AgreementStatus.TERMINATED, when);
        }
      }
    }

    private List<PartyId> actingParties(ActionFacts facts) {
      return facts.partyId() == null ? List.copyOf(parties.keySet()) : List.of(facts.partyId());
    }

    private void requireStatus(AgreementAction action, Set<AgreementStatus> allowed, String rule) {
      if (!allowed.contains(status)) {
        throw refuse(action, rule + " (the agreement is " + status + ")").at("kind");
      }
    }

    private void requireParty(
        AgreementAction action, PartyId party, Set<PartyStatus> allowed, String rule) {
      PartyStatus current = parties.get(party).status();
      if (!allowed.contains(current)) {
        // The party's own act is refused at the party; an act of all the parties, at its kind.
        throw refuse(
                action, "a party " + rule + " (party " + party.value() + " is " + current + ")")
            .at(action.facts().partyId() == null ? "kind" : "party");
      }
    }

    private void setStatus(AgreementStatus next, PartialDate when) {
      status = next;
      since = when;
    }

    private void setParty(PartyId party, PartyStatus next, PartialDate when) {
      parties.put(party, new PartyStanding(party, next, when));
    }

    private static RuleViolation refuse(AgreementAction action, String reason) {
      return new RuleViolation("ILLEGAL_ACTION", action.kind() + " refused: " + reason);
    }
  }
}
