package org.entente.domain.negotiation;

import java.util.Objects;
import org.entente.domain.PartialDate;
import org.entente.domain.Text;
import org.entente.domain.party.PartyId;

/** A step of a negotiation; {@link NegotiationLifecycle} says which may follow which. */
public sealed interface NegotiationStep {

  StepFacts facts();

  default PartialDate date() {
    return facts().date();
  }

  Kind kind();

  enum Kind {
    PROPOSED,
    MANDATE_GRANTED,
    LAUNCHED,
    ROUND_HELD,
    CONCLUDED,
    INITIALLED,
    SUSPENDED,
    RESUMED,
    ABANDONED
  }

  /** A recommendation to open talks, such as the Commission's to the Council. */
  record Proposed(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.PROPOSED;
    }
  }

  /** One party authorised another to negotiate, with negotiating directives where known. */
  record MandateGranted(
      StepFacts facts, PartyId authorisedBy, PartyId authorised, String directives)
      implements NegotiationStep {
    public MandateGranted {
      directives = Text.optional(directives, "directives");
    }

    @Override
    public Kind kind() {
      return Kind.MANDATE_GRANTED;
    }
  }

  record Launched(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.LAUNCHED;
    }
  }

  /** A numbered round of talks; numbers rise through the negotiation. */
  record RoundHeld(StepFacts facts, int number) implements NegotiationStep {
    public RoundHeld {
      if (number < 1) {
        throw new IllegalArgumentException("rounds are numbered from 1, not " + number);
      }
    }

    @Override
    public Kind kind() {
      return Kind.ROUND_HELD;
    }
  }

  /** The text was agreed. */
  record Concluded(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.CONCLUDED;
    }
  }

  record Initialled(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.INITIALLED;
    }
  }

  record Suspended(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.SUSPENDED;
    }
  }

  record Resumed(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.RESUMED;
    }
  }

  record Abandoned(StepFacts facts) implements NegotiationStep {
    @Override
    public Kind kind() {
      return Kind.ABANDONED;
    }
  }

  static NegotiationStep of(
      Kind kind,
      StepFacts facts,
      Integer round,
      PartyId authorisedBy,
      PartyId authorised,
      String directives) {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.MANDATE_GRANTED
        && (authorisedBy != null || authorised != null || directives != null)) {
      throw new IllegalArgumentException("only a MANDATE_GRANTED step names who authorised whom");
    }
    if (kind != Kind.ROUND_HELD && round != null) {
      throw new IllegalArgumentException("only a ROUND_HELD step has a round number");
    }
    return switch (kind) {
      case PROPOSED -> new Proposed(facts);
      case MANDATE_GRANTED -> new MandateGranted(facts, authorisedBy, authorised, directives);
      case LAUNCHED -> new Launched(facts);
      case ROUND_HELD -> {
        if (round == null) {
          throw new IllegalArgumentException("a ROUND_HELD step needs its round number");
        }
        yield new RoundHeld(facts, round);
      }
      case CONCLUDED -> new Concluded(facts);
      case INITIALLED -> new Initialled(facts);
      case SUSPENDED -> new Suspended(facts);
      case RESUMED -> new Resumed(facts);
      case ABANDONED -> new Abandoned(facts);
    };
  }
}
