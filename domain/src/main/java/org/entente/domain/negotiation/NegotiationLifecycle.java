package org.entente.domain.negotiation;

import static org.entente.domain.negotiation.NegotiationStep.Kind.ABANDONED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.CONCLUDED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.INITIALLED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.LAUNCHED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.MANDATE_GRANTED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.PROPOSED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.RESUMED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.ROUND_HELD;
import static org.entente.domain.negotiation.NegotiationStep.Kind.SUSPENDED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.negotiation.NegotiationStep.Kind;

/**
 * The order of treaty-making steps, and a negotiation's status at any date derived from them. Steps
 * are recorded in the order they happened; a step whose date is unknown still counts as having
 * happened once a later step has.
 */
public final class NegotiationLifecycle {

  private static final Set<Kind> OPENING = EnumSet.of(PROPOSED, MANDATE_GRANTED, LAUNCHED);
  private static final Set<Kind> UNDER_WAY =
      EnumSet.of(ROUND_HELD, CONCLUDED, SUSPENDED, ABANDONED);

  private static final Map<Kind, Set<Kind>> NEXT =
      Map.of(
          PROPOSED, EnumSet.of(MANDATE_GRANTED, LAUNCHED, ABANDONED),
          MANDATE_GRANTED, EnumSet.of(LAUNCHED, ABANDONED),
          LAUNCHED, UNDER_WAY,
          ROUND_HELD, UNDER_WAY,
          RESUMED, UNDER_WAY,
          SUSPENDED, EnumSet.of(RESUMED, ABANDONED),
          CONCLUDED, EnumSet.of(INITIALLED, ABANDONED),
          INITIALLED, EnumSet.noneOf(Kind.class),
          ABANDONED, EnumSet.noneOf(Kind.class));

  private NegotiationLifecycle() {}

  /**
   * The steps that may follow {@code previous}; with none yet, those that may open a negotiation.
   */
  public static Set<Kind> allowedAfter(Optional<Kind> previous) {
    return previous.map(NEXT::get).orElse(OPENING);
  }

  /**
   * Refuses a sequence of steps in which a step may not follow the one before it; the violation's
   * path names the step ({@code steps, 2, kind}).
   */
  public static void check(List<NegotiationStep> steps) {
    Order order = new Order();
    for (int i = 0; i < steps.size(); i++) {
      try {
        order.accept(steps.get(i));
      } catch (RuleViolation violation) {
        throw violation.at("steps", String.valueOf(i));
      }
    }
  }

  /**
   * Refuses {@code next} as the step after {@code steps}, which are in order; the violation's path
   * names the field of the step at fault ({@code kind}, {@code date} or {@code roundNumber}).
   */
  public static void checkNext(List<NegotiationStep> steps, NegotiationStep next) {
    Order order = new Order();
    steps.forEach(order::accept);
    order.accept(next);
  }

  /** What the steps so far allow next: the last step, the last round, the latest date. */
  private static final class Order {
    private NegotiationStep previous;
    private int lastRound;
    private PartialDate latestDated;

    void accept(NegotiationStep step) {
      Set<Kind> allowed = allowedAfter(Optional.ofNullable(previous).map(NegotiationStep::kind));
      if (!allowed.contains(step.kind())) {
        throw new RuleViolation(
                "ILLEGAL_STEP",
                previous == null
                    ? "a negotiation opens with " + OPENING + ", not " + step.kind()
                    : step.kind()
                        + " cannot follow "
                        + previous.kind()
                        + (allowed.isEmpty()
                            ? ": nothing follows " + previous.kind()
                            : "; allowed next: " + allowed))
            .at("kind");
      }
      if (step instanceof NegotiationStep.RoundHeld round) {
        if (round.number() <= lastRound) {
          throw new RuleViolation(
                  "ROUND_OUT_OF_ORDER",
                  "round " + round.number() + " cannot follow round " + lastRound)
              .at("roundNumber");
        }
        lastRound = round.number();
      }
      if (latestDated != null && step.date().isCertainlyBefore(latestDated)) {
        throw new RuleViolation(
                "STEP_BEFORE_PREVIOUS",
                step.kind()
                    + " on "
                    + step.date()
                    + " cannot precede the step before it, on "
                    + latestDated)
            .at("date");
      }
      // Compare with the latest start of any earlier step, not only the one just before.
      if (step.date().isKnown()
          && (latestDated == null || step.date().from().isAfter(latestDated.from()))) {
        latestDated = step.date();
      }
      previous = step;
    }
  }

  /** The status on {@code day}: empty when no step had certainly happened by then. */
  public static Optional<NegotiationStanding> statusOn(List<NegotiationStep> steps, LocalDate day) {
    int last = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).date().isCertainlyOnOrBefore(day)) {
        last = i;
      }
    }
    return last < 0 ? Optional.empty() : Optional.of(last(history(steps.subList(0, last + 1))));
  }

  /** The current status: that after the last step recorded. */
  public static Optional<NegotiationStanding> status(List<NegotiationStep> steps) {
    List<NegotiationStanding> history = history(steps);
    return history.isEmpty() ? Optional.empty() : Optional.of(last(history));
  }

  /** Every change of status, oldest first. */
  public static List<NegotiationStanding> history(List<NegotiationStep> steps) {
    List<NegotiationStanding> changes = new ArrayList<>();
    NegotiationStatus current = null;
    for (NegotiationStep step : steps) {
      NegotiationStatus next = statusAfter(step.kind());
      if (next != current) {
        changes.add(new NegotiationStanding(next, step.date(), step));
        current = next;
      }
    }
    return changes;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  /** The kinds of step after which a negotiation has {@code status}. */
  public static Set<Kind> stepsLeadingTo(NegotiationStatus status) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (Kind kind : Kind.values()) {
      if (statusAfter(kind) == status) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static NegotiationStatus statusAfter(Kind kind) {
    return switch (kind) {
      case PROPOSED -> NegotiationStatus.PROPOSED;
      case MANDATE_GRANTED -> NegotiationStatus.MANDATE_GRANTED;
      case LAUNCHED, ROUND_HELD, RESUMED -> NegotiationStatus.LAUNCHED;
      case SUSPENDED -> NegotiationStatus.SUSPENDED;
      case CONCLUDED -> NegotiationStatus.CONCLUDED;
      case INITIALLED -> NegotiationStatus.INITIALLED;
      case ABANDONED -> NegotiationStatus.ABANDONED;
    };
  }
}
