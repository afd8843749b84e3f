package org.entente.domain.agreement;

import java.util.Objects;

/** An action on an agreement; {@link AgreementLifecycle} says which may follow which. */
public sealed interface AgreementAction {

  ActionFacts facts();

  Kind kind();

  enum Kind {
    SIGNED,
    PROVISIONALLY_APPLIED,
    RATIFIED,
    ACCEPTED,
    APPROVED,
    ACCEDED,
    ENTERED_INTO_FORCE,
    AMENDED,
    SUSPENDED,
    WITHDRAWN,
    TERMINATED
  }

  /** Signed by the party named, or by every party when none is. */
  record Signed(ActionFacts facts) implements AgreementAction {
    @Override
    public Kind kind() {
      return Kind.SIGNED;
    }
  }

  record ProvisionallyApplied(ActionFacts facts) implements AgreementAction {
    @Override
    public Kind kind() {
      return Kind.PROVISIONALLY_APPLIED;
    }
  }

  /** A party's consent to be bound: ratification, acceptance, approval or accession. */
  record ConsentedToBeBound(ActionFacts facts, Kind form) implements AgreementAction {
    public ConsentedToBeBound {
      if (form != Kind.RATIFIED
          && form != Kind.ACCEPTED
          && form != Kind.APPROVED
          && form != Kind.ACCEDED) {
        throw new IllegalArgumentException(
            "consent to be bound is RATIFIED, ACCEPTED, APPROVED or ACCEDED, not " + form);
      }
      if (facts.partyId() == null) {
        throw new IllegalArgumentException(form + " names the party that consents");
      }
    }

    @Override
    public Kind kind() {
      return form;
    }
  }

  /** In force for the party named, or for the agreement as a whole when none is. */
  record EnteredIntoForce(ActionFacts facts) implements AgreementAction {
    @Override
    public Kind kind() {
      return Kind.ENTERED_INTO_FORCE;
    }
  }

  record Amended(ActionFacts facts) implements AgreementAction {
    @Override
    public Kind kind() {
      return Kind.AMENDED;
    }
  }

  record Suspended(ActionFacts facts) implements AgreementAction {
    @Override
    public Kind kind() {
      return Kind.SUSPENDED;
    }
  }

  record Withdrawn(ActionFacts facts) implements AgreementAction {
    public Withdrawn {
      if (facts.partyId() == null) {
        throw new IllegalArgumentException("WITHDRAWN names the party that withdraws");
      }
    }

    @Override
    public Kind kind() {
      return Kind.WITHDRAWN;
    }
  }

  record Terminated(ActionFacts facts) implements AgreementAction {
    @Override
    public Kind kind() {
      return Kind.TERMINATED;
    }
  }

  static AgreementAction of(Kind kind, ActionFacts facts) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case SIGNED -> new Signed(facts);
      case PROVISIONALLY_APPLIED -> new ProvisionallyApplied(facts);
      case RATIFIED, ACCEPTED, APPROVED, ACCEDED -> new ConsentedToBeBound(facts, kind);
      case ENTERED_INTO_FORCE -> new EnteredIntoForce(facts);
      case AMENDED -> new Amended(facts);
      case SUSPENDED -> new Suspended(facts);
      case WITHDRAWN -> new Withdrawn(facts);
      case TERMINATED -> new Terminated(facts);
    };
  }
}
