package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.meeting.Statements;
import org.entente.domain.person.PersonId;
import org.entente.domain.topic.Topics;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting and removing what participants said at meetings. */
@Controller
class StatementMutations {

  record CreateStatementInput(
      String meeting,
      Long meetingVersion,
      String person,
      StatementKind kind,
      String text,
      List<String> topics,
      List<CitationInput> citations) {}

  /** Fields left out stay as they are; a list given replaces the list. */
  record UpdateStatementInput(
      String id,
      long version,
      String person,
      StatementKind kind,
      String text,
      List<String> topics,
      List<CitationInput> citations) {}

  record RemoveStatementInput(String id, long version) {}

  record StatementPayload(Statement statement, List<UserError> userErrors) {
    static StatementPayload of(Written<Statement> written) {
      return new StatementPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Statements statements;
  private final Topics topics;

  StatementMutations(Writes writes, Statements statements, Topics topics) {
    this.writes = writes;
    this.statements = statements;
    this.topics = topics;
  }

  @MutationMapping
  StatementPayload createStatement(
      @Argument CreateStatementInput input, DataFetchingEnvironment env) {
    return StatementPayload.of(
        writes.run(
            env,
            () ->
                statements
                    .add(
                        new Statement(
                            null,
                            new MeetingId(
                                GlobalId.keyOf(
                                    input.meeting(), MeetingController.MEETING, "meeting")),
                            speaker(input.person()),
                            input.kind(),
                            input.text(),
                            MeetingMutations.topicIds(topics, input.topics()),
                            CitationInput.toCitations(input.citations())),
                        input.meetingVersion() == null
                            ? OptionalLong.empty()
                            : OptionalLong.of(input.meetingVersion()))
                    .value(),
            this::load));
  }

  @MutationMapping
  StatementPayload updateStatement(
      @Argument UpdateStatementInput input, DataFetchingEnvironment env) {
    return StatementPayload.of(
        writes.run(
            env,
            () -> {
              Statement statement = current(input.id());
              statements.replace(
                  new Statement(
                      statement.id(),
                      statement.meetingId(),
                      input.person() == null ? statement.personId() : speaker(input.person()),
                      input.kind() == null ? statement.kind() : input.kind(),
                      input.text() == null ? statement.text() : input.text(),
                      input.topics() == null
                          ? statement.topicIds()
                          : MeetingMutations.topicIds(topics, input.topics()),
                      input.citations() == null
                          ? statement.citations()
                          : CitationInput.toCitations(input.citations())),
                  input.version());
              return statement.id().value();
            },
            this::load));
  }

  /**
   * Answers the statement as it was when removed, read in the removing edit's own transaction; a
   * retry with the same Idempotency-Key writes nothing and answers null, the statement being gone.
   */
  @MutationMapping
  StatementPayload removeStatement(
      @Argument RemoveStatementInput input, DataFetchingEnvironment env) {
    AtomicReference<Statement> removed = new AtomicReference<>();
    return StatementPayload.of(
        writes.run(
            env,
            () -> {
              Statement statement = current(input.id());
              statements.remove(statement.id(), input.version());
              removed.set(statement);
              return statement.id().value();
            },
            key -> removed.get() != null ? removed.get() : load(key)));
  }

  private Statement current(String id) {
    return Writes.current(
        statements::byIds,
        new StatementId(GlobalId.keyOf(id, MeetingController.STATEMENT, "id")),
        "statement");
  }

  private static PersonId speaker(String id) {
    return new PersonId(GlobalId.keyOf(id, PersonController.PERSON, "person"));
  }

  private Statement load(long key) {
    return Writes.one(statements::byIds, new StatementId(key));
  }
}
