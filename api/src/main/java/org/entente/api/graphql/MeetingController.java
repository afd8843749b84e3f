package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
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
import org.entente.domain.party.PartyId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Meetings, who took part in them, and what was said there. */
@Controller
class MeetingController {

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

  @SchemaMapping(typeName = MEETING)
  String id(Meeting meeting) {
    return GlobalId.of(MEETING, meeting.id().value());
  }

  @SchemaMapping(typeName = MEETING, field = "parties")
  CompletableFuture<List<Party>> parties(Meeting meeting, DataLoader<PartyId, Party> loader) {
    return loader.loadMany(meeting.partyIds());
  }

  @SchemaMapping(typeName = MEETING, field = "topics")
  CompletableFuture<List<Topic>> topics(Meeting meeting, DataLoader<TopicId, Topic> loader) {
    return loader.loadMany(meeting.topicIds());
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

  @SchemaMapping(typeName = "Participant", field = "person")
  CompletableFuture<Person> participantPerson(
      Participant participant, DataLoader<PersonId, Person> loader) {
    return loader.load(participant.personId());
  }

  @SchemaMapping(typeName = "Participant", field = "office")
  CompletableFuture<Office> participantOffice(
      Participant participant, DataLoader<OfficeId, Office> loader) {
    return participant.officeId() == null
        ? CompletableFuture.completedFuture(null)
        : loader.load(participant.officeId());
  }

  @SchemaMapping(typeName = "Participant", field = "party")
  CompletableFuture<Party> participantParty(
      Participant participant, DataLoader<PartyId, Party> loader) {
    return loader.load(participant.partyId());
  }

  @SchemaMapping(typeName = STATEMENT, field = "id")
  String statementId(Statement statement) {
    return GlobalId.of(STATEMENT, statement.id().value());
  }

  @SchemaMapping(typeName = STATEMENT, field = "meeting")
  CompletableFuture<Meeting> statementMeeting(
      Statement statement, DataLoader<MeetingId, Meeting> loader) {
    return loader.load(statement.meetingId());
  }

  @SchemaMapping(typeName = STATEMENT, field = "person")
  CompletableFuture<Person> statementPerson(
      Statement statement, DataLoader<PersonId, Person> loader) {
    return loader.load(statement.personId());
  }

  @SchemaMapping(typeName = STATEMENT, field = "topics")
  CompletableFuture<List<Topic>> statementTopics(
      Statement statement, DataLoader<TopicId, Topic> loader) {
    return loader.loadMany(statement.topicIds());
  }
}
