package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.PageRequest;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingOrder;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Participant;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.meeting.Statements;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Party;
import org.entente.domain.person.Office;
import org.entente.domain.person.Person;
import org.entente.domain.topic.Topic;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Meetings, who took part in them, and what was said there. */
@Controller
class MeetingController implements RuntimeWiringConfigurer {

  static final String MEETING = "Meeting";
  static final String STATEMENT = "Statement";

  private final Pages pages;
  private final Meetings meetings;
  private final Statements statements;
  private final Negotiations negotiations;

  MeetingController(
      Pages pages, Meetings meetings, Statements statements, Negotiations negotiations) {
    this.pages = pages;
    this.meetings = meetings;
    this.statements = statements;
    this.negotiations = negotiations;
  }

  @QueryMapping
  CompletableFuture<Meeting> meeting(@Argument String id, DataLoader<MeetingId, Meeting> loader) {
    return loader.load(new MeetingId(GlobalId.keyOf(id, MEETING)));
  }

  @QueryMapping(name = "meetings")
  Connection<Meeting> meetingPage(
      @Argument MeetingFilterInput filter,
      @Argument MeetingOrder orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    MeetingFilter query = filter == null ? MeetingFilter.ALL : filter.toDomain();
    MeetingOrder order = orderBy == null ? MeetingOrder.DATE_ASC : orderBy;
    String scope = Pages.scope("meetings", env);
    PageRequest request = pages.request(first, after, last, before, scope);
    return pages.connection(
        meetings.find(query, order, request),
        request,
        scope,
        MeetingOrder::positionOf,
        () -> meetings.count(query));
  }

  @QueryMapping
  CompletableFuture<Statement> statement(
      @Argument String id, DataLoader<StatementId, Statement> loader) {
    return loader.load(new StatementId(GlobalId.keyOf(id, STATEMENT)));
  }

  @BatchMapping(typeName = MEETING, field = "statements")
  Map<Meeting, List<Statement>> statements(List<Meeting> of) {
    return ByParent.group(
        of, Meeting::id, statements.madeAt(of.stream().map(Meeting::id).toList()));
  }

  @BatchMapping(typeName = MEETING, field = "negotiations")
  Map<Meeting, List<Negotiation>> negotiations(List<Meeting> of) {
    return ByParent.group(
        of, Meeting::id, negotiations.steppedAt(of.stream().map(Meeting::id).toList()));
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            MEETING,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(
                            Meeting.class, MEETING, meeting -> meeting.id().value()))
                    .dataFetcher(
                        "parties",
                        PlainFields.loadAll(Meeting.class, Meeting::partyIds, Party.class))
                    .dataFetcher(
                        "topics",
                        PlainFields.loadAll(Meeting.class, Meeting::topicIds, Topic.class)))
        .type(
            "Participant",
            type ->
                type.dataFetcher(
                        "person",
                        PlainFields.load(Participant.class, Participant::personId, Person.class))
                    .dataFetcher(
                        "office",
                        PlainFields.load(Participant.class, Participant::officeId, Office.class))
                    .dataFetcher(
                        "party",
                        PlainFields.load(Participant.class, Participant::partyId, Party.class)))
        .type(
            STATEMENT,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(
                            Statement.class, STATEMENT, statement -> statement.id().value()))
                    .dataFetcher(
                        "meeting",
                        PlainFields.load(Statement.class, Statement::meetingId, Meeting.class))
                    .dataFetcher(
                        "person",
                        PlainFields.load(Statement.class, Statement::personId, Person.class))
                    .dataFetcher(
                        "topics",
                        PlainFields.loadAll(Statement.class, Statement::topicIds, Topic.class)));
  }
}
