package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT_ACTION;
import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_STEP;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Citation;
import org.entente.domain.source.CitationId;
import org.entente.domain.source.Citations;
import org.entente.domain.source.CitedRecord;
import org.entente.persistence.jooq.tables.records.CitationRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.TableField;

/** Citations in PostgreSQL: one subject column of the citation row names what it supports. */
final class JooqCitations implements Citations {

  private static final Map<CitedRecord.Kind, TableField<CitationRecord, Long>> SUBJECTS =
      new EnumMap<>(CitedRecord.Kind.class);

  static {
    SUBJECTS.put(CitedRecord.Kind.MEETING, CITATION.MEETING_ID);
    SUBJECTS.put(CitedRecord.Kind.STATEMENT, CITATION.STATEMENT_ID);
    SUBJECTS.put(CitedRecord.Kind.TENURE, CITATION.TENURE_ID);
    SUBJECTS.put(CitedRecord.Kind.NEGOTIATION, CITATION.NEGOTIATION_ID);
    SUBJECTS.put(CitedRecord.Kind.NEGOTIATION_STEP, CITATION.NEGOTIATION_STEP_ID);
    SUBJECTS.put(CitedRecord.Kind.AGREEMENT, CITATION.AGREEMENT_ID);
    SUBJECTS.put(CitedRecord.Kind.AGREEMENT_ACTION, CITATION.AGREEMENT_ACTION_ID);
  }

  private final DSLContext db;

  JooqCitations(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<CitationId, Citation> byIds(Collection<CitationId> ids) {
    return db
        .select(Columns.CITATION_ROW)
        .from(CITATION)
        .where(CITATION.ID.in(ids.stream().map(CitationId::value).toList()))
        .fetch(Record1::value1)
        .stream()
        .collect(Collectors.toMap(Citation::id, Function.identity()));
  }

  @Override
  public Map<CitationId, CitedRecord> subjects(Collection<CitationId> ids) {
    return db.selectFrom(CITATION)
        .where(CITATION.ID.in(ids.stream().map(CitationId::value).toList()))
        .fetchMap(row -> new CitationId(row.getId()), JooqCitations::subjectOf);
  }

  @Override
  public CitationId attach(CitedRecord subject, long version, Citation citation) {
    Versions.claim(
        db, subject.kind().versionedAs(), versioned(subject, "subject"), version, "subject");
    References.require(db, RecordKind.SOURCE, citation.sourceId().value(), "source");
    return new CitationId(
        db.insertInto(CITATION)
            .set(CITATION.SOURCE_ID, citation.sourceId().value())
            .set(CITATION.PASSAGE, citation.passage())
            .set(SUBJECTS.get(subject.kind()), subject.key())
            .returning(CITATION.ID)
            .fetchSingle(CITATION.ID));
  }

  @Override
  public CitedRecord detach(CitationId id, long version) {
    CitationRecord row = db.selectFrom(CITATION).where(CITATION.ID.eq(id.value())).fetchOne();
    if (row == null) {
      throw new RuleViolation("NOT_FOUND", "there is no citation with this ID").at("id");
    }
    CitedRecord subject = subjectOf(row);
    Versions.claim(db, subject.kind().versionedAs(), versioned(subject, "id"), version, "id");
    db.deleteFrom(CITATION).where(CITATION.ID.eq(id.value())).execute();
    TableField<CitationRecord, Long> column = SUBJECTS.get(subject.kind());
    if (subject.kind().mustBeCited() && !db.fetchExists(CITATION, column.eq(subject.key()))) {
      throw new RuleViolation(
              "UNCITED",
              "every "
                  + subject.kind().typeName()
                  + " cites at least one source: attach another before detaching its last")
          .at("id");
    }
    return subject;
  }

  /**
   * The key of the record whose version guards {@code subject}'s citations: its own, or its
   * negotiation's or agreement's. A step or an action that does not exist is refused at {@code
   * field}; other records, when their version is claimed.
   */
  private long versioned(CitedRecord subject, String field) {
    TableField<?, Long> parent =
        switch (subject.kind()) {
          case NEGOTIATION_STEP -> NEGOTIATION_STEP.NEGOTIATION_ID;
          case AGREEMENT_ACTION -> AGREEMENT_ACTION.AGREEMENT_ID;
          default -> null;
        };
    if (parent == null) {
      return subject.key();
    }
    Long key =
        db.select(parent)
            .from(parent.getTable())
            .where(parent.getTable().field("id", Long.class).eq(subject.key()))
            .fetchOne(parent);
    if (key == null) {
      throw new RuleViolation(
              "NOT_FOUND", "there is no " + subject.kind().typeName() + " with this ID")
          .at(field);
    }
    return key;
  }

  private static CitedRecord subjectOf(CitationRecord row) {
    for (Map.Entry<CitedRecord.Kind, TableField<CitationRecord, Long>> subject :
        SUBJECTS.entrySet()) {
      Long key = row.get(subject.getValue());
      if (key != null) {
        return new CitedRecord(subject.getKey(), key);
      }
    }
    throw new IllegalStateException("citation " + row.getId() + " cites nothing");
  }
}
