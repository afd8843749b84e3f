package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.NameOrder;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.negotiation.NegotiatingParty;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Party;
import org.entente.domain.topic.Topic;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Negotiations, their steps, and their status at any date. */
@Controller
class NegotiationController implements RuntimeWiringConfigurer {

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
      @Argument NameOrder orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    NegotiationFilter query = filter == null ? NegotiationFilter.ALL : filter.toDomain();
    return pages.byName(
        Pages.scope("negotiations", env),
        first,
        after,
        last,
        before,
        orderBy,
        (order, request) -> negotiations.find(query, order, request),
        Negotiation::title,
        negotiation -> negotiation.id().value(),
        () -> negotiations.count(query));
  }

  /** The negotiations of any number of steps, in one statement. */
  @BatchMapping(typeName = STEP, field = "negotiation")
  Map<NegotiationStep, Negotiation> stepNegotiation(List<NegotiationStep> steps) {
    return ByParent.one(
        steps,
        step -> step.facts().id(),
        negotiations.ofSteps(steps.stream().map(step -> step.facts().id()).toList()));
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            TYPE,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(
                            Negotiation.class, TYPE, negotiation -> negotiation.id().value()))
                    .dataFetcher(
                        "topics",
                        PlainFields.loadAll(Negotiation.class, Negotiation::topicIds, Topic.class))
                    .dataFetcher(
                        "status",
                        PlainFields.withArgument(
                            Negotiation.class,
                            "asOf",
                            (Negotiation negotiation, LocalDate asOf) ->
                                (asOf == null ? negotiation.status() : negotiation.statusOn(asOf))
                                    .orElse(null)))
                    .dataFetcher(
                        "agreement",
                        PlainFields.load(
                            Negotiation.class,
                            negotiation -> negotiation.agreement().orElse(null),
                            Agreement.class)))
        .type(
            "NegotiatingParty",
            type ->
                type.dataFetcher(
                        "party",
                        PlainFields.load(
                            NegotiatingParty.class, NegotiatingParty::partyId, Party.class))
                    .dataFetcher(
                        "negotiator",
                        PlainFields.load(
                            NegotiatingParty.class, NegotiatingParty::negotiatorId, Party.class)))
        .type(
            STEP,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(
                            NegotiationStep.class, STEP, step -> step.facts().id().value()))
                    .dataFetcher(
                        "meeting",
                        PlainFields.load(
                            NegotiationStep.class, step -> step.facts().meetingId(), Meeting.class))
                    .dataFetcher(
                        "round",
                        PlainFields.value(
                            NegotiationStep.class,
                            step ->
                                step instanceof NegotiationStep.RoundHeld round
                                    ? round.number()
                                    : null))
                    .dataFetcher(
                        "authorisedBy",
                        PlainFields.load(
                            NegotiationStep.class,
                            step ->
                                step instanceof NegotiationStep.MandateGranted mandate
                                    ? mandate.authorisedBy()
                                    : null,
                            Party.class))
                    .dataFetcher(
                        "authorised",
                        PlainFields.load(
                            NegotiationStep.class,
                            step ->
                                step instanceof NegotiationStep.MandateGranted mandate
                                    ? mandate.authorised()
                                    : null,
                            Party.class))
                    .dataFetcher(
                        "directives",
                        PlainFields.value(
                            NegotiationStep.class,
                            step ->
                                step instanceof NegotiationStep.MandateGranted mandate
                                    ? mandate.directives()
                                    : null))
                    .dataFetcher(
                        "note",
                        PlainFields.value(NegotiationStep.class, step -> step.facts().note()))
                    .dataFetcher(
                        "citations",
                        PlainFields.value(
                            NegotiationStep.class, step -> step.facts().citations())));
  }
}
