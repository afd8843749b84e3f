package org.entente.domain.revision;

/**
 * The kinds of record that are edited, and so versioned and audited, named as the API names them.
 */
public enum RecordKind {
  PARTY("Party", true),
  PERSON("Person", true),
  OFFICE("Office", true),
  TENURE("Tenure", true),
  TOPIC("Topic", true),
  SOURCE("Source", true),
  MEETING("Meeting", false),
  STATEMENT("Statement", false),
  NEGOTIATION("Negotiation", false),
  AGREEMENT("Agreement", false);

  private final String typeName;
  private final boolean retirable;

  RecordKind(String typeName, boolean retirable) {
    this.typeName = typeName;
    this.retirable = retirable;
  }

  /**
   * Whether the record can be retired: taken out of lists while others still refer to it. Events
   * (meetings, statements, negotiations, agreements) happened; they are corrected, never retired.
   */
  public boolean retirable() {
    return retirable;
  }

  public String typeName() {
    return typeName;
  }
}
