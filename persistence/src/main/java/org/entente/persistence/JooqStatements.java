package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.STATEMENT;
import static org.entente.persistence.jooq.Tables.STATEMENT_TOPIC;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.meeting.Statements;
import org.entente.domain.person.PersonId;
import org.entente.domain.topic.TopicId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Statements in PostgreSQL, in the order they were made at their meeting. */
final class JooqStatements implements Statements {

  static final SelectField<Statement> STATEMENT_ROW =
      DSL.row(
              STATEMENT.ID,
              STATEMENT.MEETING_ID,
              STATEMENT.PERSON_ID,
              STATEMENT.KIND,
              STATEMENT.TEXT,
              Columns.ids(
                  select(STATEMENT_TOPIC.TOPIC_ID)
                      .from(STATEMENT_TOPIC)
                      .where(STATEMENT_TOPIC.STATEMENT_ID.eq(STATEMENT.ID))
                      .orderBy(STATEMENT_TOPIC.TOPIC_ID)),
              Columns.citations(CITATION.STATEMENT_ID.eq(STATEMENT.ID)))
          .mapping(
              (id, meeting, person, kind, text, topics, citations) ->
                  new Statement(
                      new StatementId(id),
                      new MeetingId(meeting),
                      new PersonId(person),
                      StatementKind.valueOf(kind),
                      text,
                      Columns.typed(topics, TopicId::new),
                      citations));

  private final DSLContext db;

  JooqStatements(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<StatementId, Statement> byIds(Collection<StatementId> ids) {
    return fetch(STATEMENT.ID.in(ids.stream().map(StatementId::value).toList())).stream()
        .collect(Collectors.toMap(Statement::id, Function.identity()));
  }

  @Override
  public Map<MeetingId, List<Statement>> madeAt(Collection<MeetingId> meetings) {
    return fetch(STATEMENT.MEETING_ID.in(meetings.stream().map(MeetingId::value).toList())).stream()
        .collect(Collectors.groupingBy(Statement::meetingId));
  }

  @Override
  public Map<PersonId, List<Statement>> madeBy(Collection<PersonId> people) {
    return fetch(STATEMENT.PERSON_ID.in(people.stream().map(PersonId::value).toList())).stream()
        .collect(Collectors.groupingBy(Statement::personId));
  }

  private List<Statement> fetch(Condition condition) {
    return db.select(STATEMENT_ROW)
        .from(STATEMENT)
        .where(condition)
        .orderBy(STATEMENT.MEETING_ID, STATEMENT.ORDINAL)
        .fetch(Record1::value1);
  }
}
