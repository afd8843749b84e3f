package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.STATEMENT;
import static org.entente.persistence.jooq.Tables.STATEMENT_TOPIC;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.domain.RuleViolation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Speakers;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.meeting.Statements;
import org.entente.domain.person.PersonId;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.topic.TopicId;
import org.entente.persistence.PartRows.Part;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Statements in PostgreSQL, in the order they were made at their meeting. Every write locks the
 * meeting's row first and raises its version: the meeting serves its statements, and the lock keeps
 * a statement's speaker and the meeting's participants from changing apart.
 */
final class JooqStatements implements Statements {

  static final Field<Statement> STATEMENT_ROW =
      JsonRows.row(
          DSL.row(
              STATEMENT.ID,
              STATEMENT.MEETING_ID,
              STATEMENT.PERSON_ID,
              STATEMENT.KIND,
              STATEMENT.TEXT,
              JsonRows.list(
                  select(STATEMENT_TOPIC.TOPIC_ID)
                      .from(STATEMENT_TOPIC)
                      .where(STATEMENT_TOPIC.STATEMENT_ID.eq(STATEMENT.ID))
                      .orderBy(STATEMENT_TOPIC.TOPIC_ID)),
              Columns.citations(CITATION.STATEMENT_ID.eq(STATEMENT.ID))),
          (id, meeting, person, kind, text, topics, citations) ->
              new Statement(
                  new StatementId(id),
                  new MeetingId(meeting),
                  new PersonId(person),
                  StatementKind.valueOf(kind),
                  text,
                  Columns.typed(topics, TopicId::new),
                  citations));

  private static final Part TOPICS =
      new Part(STATEMENT_TOPIC, STATEMENT_TOPIC.STATEMENT_ID, List.of(STATEMENT_TOPIC.TOPIC_ID));
  private static final Part CITATIONS = CitationRows.part(CITATION.STATEMENT_ID);

  private static final Prerendered<Record1<Statement>> BY_ID =
      Columns.byId(STATEMENT_ROW, STATEMENT.ID);
  private static final Prerendered<Record1<Statement>> AT_MEETINGS = by(STATEMENT.MEETING_ID);
  private static final Prerendered<Record1<Statement>> BY_PEOPLE = by(STATEMENT.PERSON_ID);

  private final DSLContext db;

  JooqStatements(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<StatementId, Statement> byIds(Collection<StatementId> ids) {
    return Columns.byIds(db, BY_ID, ids, StatementId::value, Statement::id);
  }

  @Override
  public Map<MeetingId, List<Statement>> madeAt(Collection<MeetingId> meetings) {
    return Columns.fetch(db, AT_MEETINGS, meetings, MeetingId::value).stream()
        .collect(Collectors.groupingBy(Statement::meetingId));
  }

  @Override
  public Map<PersonId, List<Statement>> madeBy(Collection<PersonId> people) {
    return Columns.fetch(db, BY_PEOPLE, people, PersonId::value).stream()
        .collect(Collectors.groupingBy(Statement::personId));
  }

  /** The statements whose {@code key} is one of the ids, in the order of their meetings. */
  private static Prerendered<Record1<Statement>> by(TableField<?, Long> key) {
    return Columns.byKey(
        STATEMENT_ROW, key, DSL.noCondition(), List.of(STATEMENT.MEETING_ID, STATEMENT.ORDINAL));
  }

  @Override
  public StatementId add(Statement statement, OptionalLong meetingVersion) {
    long meeting = statement.meetingId().value();
    Versions.touch(db, RecordKind.MEETING, meeting, meetingVersion, "meeting", "meetingVersion");
    check(statement, Map.of());
    // The meeting's lock, held since the touch, keeps two new statements from the same ordinal.
    int ordinal =
        db.select(DSL.coalesce(DSL.max(STATEMENT.ORDINAL).plus(1), DSL.inline(0)))
            .from(STATEMENT)
            .where(STATEMENT.MEETING_ID.eq(meeting))
            .fetchSingle(Record1::value1);
    Map<Field<?>, Object> columns = columns(statement);
    columns.put(STATEMENT.MEETING_ID, meeting);
    columns.put(STATEMENT.ORDINAL, ordinal);
    long id =
        db.insertInto(STATEMENT).set(columns).returning(STATEMENT.ID).fetchSingle(STATEMENT.ID);
    PartRows.insert(db, TOPICS, id, topicRows(statement));
    PartRows.insert(db, CITATIONS, id, CitationRows.rows(statement.citations()));
    return new StatementId(id);
  }

  @Override
  public void replace(Statement statement, long version) {
    Statement current = current(statement.id());
    if (!current.meetingId().equals(statement.meetingId())) {
      throw new IllegalArgumentException("a statement stays at the meeting it was made at");
    }
    long id = statement.id().value();
    Versions.touch(
        db,
        RecordKind.MEETING,
        current.meetingId().value(),
        OptionalLong.empty(),
        "meeting",
        "meetingVersion");
    Versions.claim(db, RecordKind.STATEMENT, id, version, columns(statement));
    check(statement, references(current).keys());
    PartRows.replace(db, TOPICS, id, topicRows(statement));
    PartRows.replace(db, CITATIONS, id, CitationRows.rows(statement.citations()));
  }

  @Override
  public void remove(StatementId id, long version) {
    Versions.touch(
        db,
        RecordKind.MEETING,
        current(id).meetingId().value(),
        OptionalLong.empty(),
        "meeting",
        "meetingVersion");
    Versions.remove(db, RecordKind.STATEMENT, id.value(), version);
  }

  private Statement current(StatementId id) {
    Statement current = byIds(List.of(id)).get(id);
    if (current == null) {
      throw new RuleViolation("NOT_FOUND", "there is no Statement with this ID").at("id");
    }
    return current;
  }

  /** The rules of a statement as written, with the meeting locked: see {@link #add}. */
  private void check(Statement statement, Map<RecordKind, Set<Long>> kept) {
    references(statement).check(db, kept);
    Meeting meeting =
        new JooqMeetings(db).byIds(List.of(statement.meetingId())).get(statement.meetingId());
    Speakers.check(meeting, statement);
  }

  private static References references(Statement statement) {
    References references =
        new References().to(RecordKind.PERSON, statement.personId().value(), "person");
    for (int i = 0; i < statement.topicIds().size(); i++) {
      references.to(
          RecordKind.TOPIC, statement.topicIds().get(i).value(), "topics", String.valueOf(i));
    }
    return CitationRows.citing(references, statement.citations());
  }

  private static Map<Field<?>, Object> columns(Statement statement) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(STATEMENT.PERSON_ID, statement.personId().value());
    columns.put(STATEMENT.KIND, statement.kind().name());
    columns.put(STATEMENT.TEXT, statement.text());
    return columns;
  }

  private static List<List<Object>> topicRows(Statement statement) {
    return statement.topicIds().stream().map(topic -> PartRows.row(topic.value())).toList();
  }
}
