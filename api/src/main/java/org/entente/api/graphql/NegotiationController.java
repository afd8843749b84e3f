package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.PageRequest;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.negotiation.NegotiatingParty;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStanding;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.source.Citation;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Negotiations, their steps, and their status at any date. */
@Controller
class NegotiationController {

  static final String TYPE = "Negotiation";
  static final String STEP = "NegotiationStep";

  private final Pages pages;
  private final Negotiations negotiations;

  NegotiationController(Pages pages, Negotiations negotiations) {
    this.pages = pages;
    this.negotiations = negotiations;
  }

  @QueryMapping
  CompletableFuture<Negotiation> negotiation(
      @Argument String id, DataLoader<NegotiationId, Negotiation> loader) {
    return loader.load(new NegotiationId(GlobalId.keyOf(id, TYPE)));
  }

  @QueryMapping(name = "negotiations")
  Connection<Negotiation> negotiationPage(
      @Argument NegotiationFilterInput filter,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    NegotiationFilter query = filter == null ? NegotiationFilter.ALL : filter.toDomain();
    String scope = Pages.scope("negotiations", env);
    PageRequest request = pages.request(first, after, last, before, scope);
    return pages.connection(
        negotiations.find(query, request),
        request,
        scope,
        negotiation -> new PageRequest.Position(null, negotiation.id().value()),
        () -> negotiations.count(query));
  }

  @SchemaMapping(typeName = TYPE)
  String id(Negotiation negotiation) {
    return GlobalId.of(TYPE, negotiation.id().value());
  }

  @SchemaMapping(typeName = TYPE, field = "topics")
  CompletableFuture<List<Topic>> topics(
      Negotiation negotiation, DataLoader<TopicId, Topic> loader) {
    return loader.loadMany(negotiation.topicIds());
  }

  @SchemaMapping(typeName = TYPE)
  NegotiationStanding status(Negotiation negotiation, @Argument LocalDate asOf) {
    return (asOf == null ? negotiation.status() : negotiation.statusOn(asOf)).orElse(null);
  }

  @SchemaMapping(typeName = TYPE, field = "agreement")
  CompletableFuture<Agreement> agreement(
      Negotiation negotiation, DataLoader<AgreementId, Agreement> loader) {
    return negotiation
        .agreement()
        .map(loader::load)
        .orElse(CompletableFuture.completedFuture(null));
  }

  @SchemaMapping(typeName = "NegotiatingParty", field = "party")
  CompletableFuture<Party> party(NegotiatingParty side, DataLoader<PartyId, Party> loader) {
    return loader.load(side.partyId());
  }

  @SchemaMapping(typeName = "NegotiatingParty", field = "negotiator")
  CompletableFuture<Party> negotiator(NegotiatingParty side, DataLoader<PartyId, Party> loader) {
    return side.negotiatorId() == null
        ? CompletableFuture.completedFuture(null)
        : loader.load(side.negotiatorId());
  }

  @SchemaMapping(typeName = STEP, field = "id")
  String stepId(NegotiationStep step) {
    return GlobalId.of(STEP, step.facts().id().value());
  }

  /** The negotiations of any number of steps, in one statement. */
  @BatchMapping(typeName = STEP, field = "negotiation")
  Map<NegotiationStep, Negotiation> stepNegotiation(List<NegotiationStep> steps) {
    Map<NegotiationStepId, Negotiation> of =
        negotiations.ofSteps(steps.stream().map(step -> step.facts().id()).toList());
    Map<NegotiationStep, Negotiation> found = new HashMap<>();
    steps.forEach(step -> found.put(step, of.get(step.facts().id())));
    return found;
  }

  @SchemaMapping(typeName = STEP, field = "meeting")
  CompletableFuture<Meeting> meeting(NegotiationStep step, DataLoader<MeetingId, Meeting> loader) {
    MeetingId meeting = step.facts().meetingId();
    return meeting == null ? CompletableFuture.completedFuture(null) : loader.load(meeting);
  }

  @SchemaMapping(typeName = STEP, field = "round")
  Integer round(NegotiationStep step) {
    return step instanceof NegotiationStep.RoundHeld round ? round.number() : null;
  }

  @SchemaMapping(typeName = STEP, field = "authorisedBy")
  CompletableFuture<Party> authorisedBy(NegotiationStep step, DataLoader<PartyId, Party> loader) {
    return step instanceof NegotiationStep.MandateGranted mandate && mandate.authorisedBy() != null
        ? loader.load(mandate.authorisedBy())
        : CompletableFuture.completedFuture(null);
  }

  @SchemaMapping(typeName = STEP, field = "authorised")
  CompletableFuture<Party> authorised(NegotiationStep step, DataLoader<PartyId, Party> loader) {
    return step instanceof NegotiationStep.MandateGranted mandate && mandate.authorised() != null
        ? loader.load(mandate.authorised())
        : CompletableFuture.completedFuture(null);
  }

  @SchemaMapping(typeName = STEP, field = "directives")
  String directives(NegotiationStep step) {
    return step instanceof NegotiationStep.MandateGranted mandate ? mandate.directives() : null;
  }

  @SchemaMapping(typeName = STEP, field = "note")
  String note(NegotiationStep step) {
    return step.facts().note();
  }

  @SchemaMapping(typeName = STEP, field = "citations")
  List<Citation> citations(NegotiationStep step) {
    return step.facts().citations();
  }
}
