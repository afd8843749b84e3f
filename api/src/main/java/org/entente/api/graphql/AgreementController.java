package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.AgreementStanding.PartyStanding;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Party;
import org.entente.domain.party.Region;
import org.entente.domain.person.Person;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Agreements, the actions on them, and their status at any date. */
@Controller
class AgreementController implements RuntimeWiringConfigurer {

  static final String TYPE = "Agreement";
  static final String ACTION = "AgreementAction";

  private final Pages pages;
  private final Agreements agreements;
  private final Negotiations negotiations;

  AgreementController(Pages pages, Agreements agreements, Negotiations negotiations) {
    this.pages = pages;
    this.agreements = agreements;
    this.negotiations = negotiations;
  }

  @QueryMapping
  CompletableFuture<Agreement> agreement(
      @Argument String id,
      @Argument Identifier identifier,
      DataLoader<AgreementId, Agreement> loader) {
    if ((id == null) == (identifier == null)) {
      throw new IllegalArgumentException("give either id or identifier");
    }
    return id != null
        ? loader.load(new AgreementId(GlobalId.keyOf(id, TYPE)))
        : CompletableFuture.completedFuture(agreements.byIdentifier(identifier).orElse(null));
  }

  @QueryMapping(name = "agreements")
  Connection<Agreement> agreementPage(
      @Argument AgreementFilterInput filter,
      @Argument NameOrder orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    AgreementFilter query = filter == null ? AgreementFilter.ALL : filter.toDomain();
    return pages.byName(
        Pages.scope("agreements", env),
        first,
        after,
        last,
        before,
        orderBy,
        (order, request) -> agreements.find(query, order, request),
        Agreement::title,
        agreement -> agreement.id().value(),
        () -> agreements.count(query));
  }

  @BatchMapping(typeName = TYPE, field = "negotiation")
  Map<Agreement, Negotiation> negotiation(List<Agreement> of) {
    return ByParent.one(
        of, Agreement::id, negotiations.producing(of.stream().map(Agreement::id).toList()));
  }

  /** The agreements of any number of actions, in one statement. */
  @BatchMapping(typeName = ACTION, field = "agreement")
  Map<AgreementAction, Agreement> actionAgreement(List<AgreementAction> actions) {
    return ByParent.one(
        actions,
        action -> action.facts().id(),
        agreements.ofActions(actions.stream().map(action -> action.facts().id()).toList()));
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
                            Agreement.class, TYPE, agreement -> agreement.id().value()))
                    .dataFetcher(
                        "parties",
                        PlainFields.loadAll(Agreement.class, Agreement::partyIds, Party.class))
                    .dataFetcher(
                        "status",
                        PlainFields.withArgument(
                            Agreement.class,
                            "asOf",
                            (Agreement agreement, LocalDate asOf) ->
                                asOf == null ? agreement.status() : agreement.statusOn(asOf)))
                    .dataFetcher(
                        "replaces",
                        PlainFields.load(
                            Agreement.class,
                            agreement -> agreement.replaces().orElse(null),
                            Agreement.class))
                    .dataFetcher(
                        "firstInRegion",
                        PlainFields.load(
                            Agreement.class, Agreement::firstInRegionId, Region.class)))
        .type(
            ACTION,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(
                            AgreementAction.class, ACTION, action -> action.facts().id().value()))
                    .dataFetcher(
                        "party",
                        PlainFields.load(
                            AgreementAction.class,
                            action -> action.facts().party().orElse(null),
                            Party.class))
                    .dataFetcher(
                        "person",
                        PlainFields.load(
                            AgreementAction.class,
                            action -> action.facts().personId(),
                            Person.class))
                    .dataFetcher(
                        "date",
                        PlainFields.value(AgreementAction.class, action -> action.facts().date()))
                    .dataFetcher(
                        "effective",
                        PlainFields.value(
                            AgreementAction.class, action -> action.facts().effective()))
                    .dataFetcher(
                        "place",
                        PlainFields.value(AgreementAction.class, action -> action.facts().place()))
                    .dataFetcher(
                        "note",
                        PlainFields.value(AgreementAction.class, action -> action.facts().note()))
                    .dataFetcher(
                        "citations",
                        PlainFields.value(
                            AgreementAction.class, action -> action.facts().citations())))
        .type(
            "PartyStanding",
            type ->
                type.dataFetcher(
                    "party",
                    PlainFields.load(PartyStanding.class, PartyStanding::partyId, Party.class)));
  }
}
