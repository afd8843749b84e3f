package org.entente.domain.source;

import java.util.Objects;
import org.entente.domain.revision.RecordKind;

/**
 * A record a citation supports, by kind and key. A step of a negotiation or an action on an
 * agreement is versioned with the negotiation or agreement it belongs to.
 */
public record CitedRecord(Kind kind, long key) {

  /** What can be cited, named as the API names it. */
  public enum Kind {
    MEETING("Meeting", RecordKind.MEETING, true),
    STATEMENT("Statement", RecordKind.STATEMENT, true),
    TENURE("Tenure", RecordKind.TENURE, false),
    NEGOTIATION("Negotiation", RecordKind.NEGOTIATION, false),
    NEGOTIATION_STEP("NegotiationStep", RecordKind.NEGOTIATION, true),
    AGREEMENT("Agreement", RecordKind.AGREEMENT, false),
    AGREEMENT_ACTION("AgreementAction", RecordKind.AGREEMENT, true);

    private final String typeName;
    private final RecordKind versionedAs;
    private final boolean mustBeCited;

    Kind(String typeName, RecordKind versionedAs, boolean mustBeCited) {
      this.typeName = typeName;
      this.versionedAs = versionedAs;
      this.mustBeCited = mustBeCited;
    }

    public String typeName() {
      return typeName;
    }

    /** The kind of record whose version a change of these citations is checked against. */
    public RecordKind versionedAs() {
      return versionedAs;
    }

    /** Whether such a fact keeps at least one citation: every meeting, statement, step, action. */
    public boolean mustBeCited() {
      return mustBeCited;
    }
  }

  public CitedRecord {
    Objects.requireNonNull(kind, "kind");
    if (key <= 0) {
      throw new IllegalArgumentException("a record's key is positive, not " + key);
    }
  }
}
