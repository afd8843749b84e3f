package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingOrder;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.revision.Committed;
import org.entente.domain.timeline.Timeline;
import org.entente.domain.timeline.TimelineEntry;
import org.entente.domain.timeline.TimelineFilter;
import org.entente.domain.timeline.YearCount;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The timeline of events, and the relationship between parties built on it. */
@Controller
class TimelineController implements RuntimeWiringConfigurer {

  /** A negotiation step as an event; its negotiation is loaded only when a document asks for it. */
  record NegotiationStepEvent(
      PartialDate date, NegotiationId negotiationId, NegotiationStep step) {}

  /** An action on an agreement as an event; its agreement is loaded only when asked for. */
  record AgreementActionEvent(PartialDate date, AgreementId agreementId, AgreementAction action) {}

  /** The parties of a relationship, as asked for. */
  record Relationship(List<PartyId> partyIds, List<Object> between) {}

  record TopicCount(Topic topic, int meetings) {}

  /** The GraphQL {@code TimelineFilter}, naming parties by their global IDs. */
  record TimelineFilterInput(
      List<String> parties,
      List<String> topics,
      LocalDate from,
      LocalDate to,
      Set<TimelineEntry.Kind> kinds) {
    TimelineFilter toDomain() {
      return new TimelineFilter(MeetingFilterInput.partyIds(parties), topics, from, to, kinds);
    }
  }

  private final Pages pages;
  private final Timeline timeline;
  private final Meetings meetings;
  private final Negotiations negotiations;
  private final Agreements agreements;
  private final Topics topics;
  private final ChangeEvents changeEvents;

  TimelineController(
      Pages pages,
      Timeline timeline,
      Meetings meetings,
      Negotiations negotiations,
      Agreements agreements,
      Topics topics,
      ChangeEvents changeEvents) {
    this.changeEvents = changeEvents;
    this.pages = pages;
    this.timeline = timeline;
    this.meetings = meetings;
    this.negotiations = negotiations;
    this.agreements = agreements;
    this.topics = topics;
  }

  @QueryMapping(name = "timeline")
  Connection<Object> timelinePage(
      @Argument TimelineFilterInput filter,
      @Argument String orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    TimelineFilter query = filter == null ? TimelineFilter.ALL : filter.toDomain();
    return events(
        query,
        "DATE_DESC".equals(orderBy),
        first,
        after,
        last,
        before,
        Pages.scope("timeline", env),
        Pages.counted(env));
  }

  /**
   * A page of the timeline with its events: one statement for the page (which counts the events in
   * all too, on a first page that asks for that), then one for each kind of record on it, as {@link
   * #eventsOf} reads them.
   */
  private Connection<Object> events(
      TimelineFilter filter,
      boolean descending,
      Integer first,
      String after,
      Integer last,
      String before,
      String scope,
      boolean counting) {
    PageRequest request = pages.request(first, after, last, before, scope);
    Page<TimelineEntry> entries = timeline.find(filter, descending, request, counting);
    List<Object> events = eventsOf(entries.items());
    Map<Object, TimelineEntry> entryOf = new IdentityHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      entryOf.put(events.get(i), entries.items().get(i));
    }
    return pages.connection(
        new Page<>(events, entries.hasMore(), entries.total()),
        request,
        scope,
        event -> TimelineEntry.positionOf(entryOf.get(event)),
        () -> timeline.count(filter));
  }

  /**
   * The timeline's entries as the GraphQL events they are: one statement for each kind of record
   * among them. A step or an action is read alone, not with the whole negotiation or agreement it
   * belongs to: a page of 50 events spent 15% of its CPU reading those (JFR, benchmark query e),
   * for documents that mostly ask for the step.
   */
  private List<Object> eventsOf(List<TimelineEntry> entries) {
    Map<MeetingId, Meeting> meetingsById =
        meetings.byIds(
            idsOf(entries, TimelineEntry.MeetingHeld.class, TimelineEntry.MeetingHeld::meeting));
    Map<NegotiationStepId, NegotiationStep> stepsById =
        negotiations.steps(
            idsOf(entries, TimelineEntry.StepTaken.class, TimelineEntry.StepTaken::step));
    Map<AgreementActionId, AgreementAction> actionsById =
        agreements.actions(
            idsOf(entries, TimelineEntry.ActionTaken.class, TimelineEntry.ActionTaken::action));
    List<Object> events = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      if (entry instanceof TimelineEntry.MeetingHeld held) {
        events.add(meetingsById.get(held.meeting()));
      } else if (entry instanceof TimelineEntry.StepTaken taken) {
        events.add(
            new NegotiationStepEvent(
                taken.date(), taken.negotiation(), stepsById.get(taken.step())));
      } else {
        TimelineEntry.ActionTaken taken = (TimelineEntry.ActionTaken) entry;
        events.add(
            new AgreementActionEvent(
                taken.date(), taken.agreement(), actionsById.get(taken.action())));
      }
    }
    return events;
  }

  /**
   * Meetings, negotiation steps and agreement actions as they are recorded, on whichever server,
   * when they match the filter.
   */
  @SubscriptionMapping
  Flux<Object> timelineEvents(@Argument TimelineFilterInput filter) {
    TimelineFilter query = filter == null ? TimelineFilter.ALL : filter.toDomain();
    return changeEvents
        .changes()
        .filter(change -> recorded(change) != null)
        .concatMap(
            change ->
                Mono.fromCallable(
                        () ->
                            eventsOf(
                                timeline.among(query, recorded(change), List.of(change.row()))))
                    .subscribeOn(Schedulers.boundedElastic()))
        .flatMapIterable(Function.identity());
  }

  /** The kind of timeline event a committed row is, if it is a new one. */
  private static TimelineEntry.Kind recorded(Committed change) {
    if (change.inserted("meeting")) {
      return TimelineEntry.Kind.MEETING;
    }
    if (change.inserted("negotiation_step")) {
      return TimelineEntry.Kind.NEGOTIATION_STEP;
    }
    if (change.inserted("agreement_action")) {
      return TimelineEntry.Kind.AGREEMENT_ACTION;
    }
    return null;
  }

  private static <E extends TimelineEntry, I> Set<I> idsOf(
      List<TimelineEntry> entries, Class<E> kind, Function<E, I> id) {
    return entries.stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .map(id)
        .collect(Collectors.toSet());
  }

  @QueryMapping
  Relationship relationship(@Argument List<String> between) {
    if (between.size() < 2) {
      throw new IllegalArgumentException("a relationship is between two or more parties");
    }
    return new Relationship(
        MeetingFilterInput.partyIds(between).stream().distinct().toList(), List.copyOf(between));
  }

  @SchemaMapping(typeName = "Relationship", field = "parties")
  CompletableFuture<List<Party>> parties(
      Relationship relationship, DataLoader<PartyId, Party> loader) {
    return loader.loadMany(relationship.partyIds());
  }

  @SchemaMapping(typeName = "Relationship", field = "meetings")
  Connection<Meeting> relationshipMeetings(
      Relationship relationship,
      @Argument MeetingOrder orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    MeetingFilter filter = meetingsOf(relationship);
    MeetingOrder order = orderBy == null ? MeetingOrder.DATE_ASC : orderBy;
    String scope = Pages.scope("relationship.meetings", env, relationship.between());
    PageRequest request = pages.request(first, after, last, before, scope);
    return pages.connection(
        meetings.find(filter, order, request),
        request,
        scope,
        MeetingOrder::positionOf,
        () -> meetings.count(filter));
  }

  @SchemaMapping(typeName = "Relationship", field = "negotiations")
  List<Negotiation> relationshipNegotiations(Relationship relationship) {
    return negotiations.between(relationship.partyIds());
  }

  @SchemaMapping(typeName = "Relationship", field = "agreements")
  List<Agreement> relationshipAgreements(Relationship relationship) {
    return agreements.between(relationship.partyIds());
  }

  @SchemaMapping(typeName = "Relationship", field = "timeline")
  Connection<Object> relationshipTimeline(
      Relationship relationship,
      @Argument String orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    TimelineFilter filter = new TimelineFilter(relationship.partyIds(), null, null, null, null);
    return events(
        filter,
        "DATE_DESC".equals(orderBy),
        first,
        after,
        last,
        before,
        Pages.scope("relationship.timeline", env, relationship.between()),
        Pages.counted(env));
  }

  @SchemaMapping(typeName = "Relationship", field = "topics")
  List<TopicCount> relationshipTopics(Relationship relationship) {
    Map<TopicId, Integer> counts = meetings.countByTopic(meetingsOf(relationship));
    Map<TopicId, Topic> byId = counts.isEmpty() ? Map.of() : topics.byIds(counts.keySet());
    return counts.entrySet().stream()
        .map(count -> new TopicCount(byId.get(count.getKey()), count.getValue()))
        .toList();
  }

  @SchemaMapping(typeName = "Relationship", field = "years")
  List<YearCount> relationshipYears(Relationship relationship) {
    return timeline.countByYear(
        new TimelineFilter(relationship.partyIds(), null, null, null, null));
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            "NegotiationStepEvent",
            type ->
                type.dataFetcher(
                    "negotiation",
                    PlainFields.load(
                        NegotiationStepEvent.class,
                        NegotiationStepEvent::negotiationId,
                        Negotiation.class)))
        .type(
            "AgreementActionEvent",
            type ->
                type.dataFetcher(
                    "agreement",
                    PlainFields.load(
                        AgreementActionEvent.class,
                        AgreementActionEvent::agreementId,
                        Agreement.class)));
  }

  private static MeetingFilter meetingsOf(Relationship relationship) {
    return MeetingFilter.between(relationship.partyIds());
  }
}
