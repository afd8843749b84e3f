package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.entente.domain.Identifier;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.AgreementStanding;
import org.entente.domain.agreement.AgreementStanding.PartyStanding;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.meeting.Place;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.Region;
import org.entente.domain.party.RegionId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Agreements, the actions on them, and their status at any date. */
@Controller
class AgreementController {

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
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    AgreementFilter query = filter == null ? AgreementFilter.ALL : filter.toDomain();
    String scope = Pages.scope("agreements", env);
    PageRequest request = pages.request(first, after, last, before, scope);
    return pages.connection(
        agreements.find(query, request),
        request,
        scope,
        agreement -> new PageRequest.Position(null, agreement.id().value()),
        () -> agreements.count(query));
  }

  @SchemaMapping(typeName = TYPE)
  String id(Agreement agreement) {
    return GlobalId.of(TYPE, agreement.id().value());
  }

  @SchemaMapping(typeName = TYPE, field = "parties")
  CompletableFuture<List<Party>> parties(Agreement agreement, DataLoader<PartyId, Party> loader) {
    return loader.loadMany(agreement.partyIds());
  }

  @SchemaMapping(typeName = TYPE)
  AgreementStanding status(Agreement agreement, @Argument LocalDate asOf) {
    return asOf == null ? agreement.status() : agreement.statusOn(asOf);
  }

  @BatchMapping(typeName = TYPE, field = "negotiation")
  Map<Agreement, Negotiation> negotiation(List<Agreement> of) {
    Map<AgreementId, Negotiation> producing =
        negotiations.producing(of.stream().map(Agreement::id).toList());
    return of.stream()
        .filter(agreement -> producing.containsKey(agreement.id()))
        .collect(Collectors.toMap(Function.identity(), agreement -> producing.get(agreement.id())));
  }

  @SchemaMapping(typeName = TYPE, field = "replaces")
  CompletableFuture<Agreement> replaces(
      Agreement agreement, DataLoader<AgreementId, Agreement> loader) {
    return agreement.replaces().map(loader::load).orElse(CompletableFuture.completedFuture(null));
  }

  @SchemaMapping(typeName = TYPE, field = "firstInRegion")
  CompletableFuture<Region> firstInRegion(
      Agreement agreement, DataLoader<RegionId, Region> loader) {
    return agreement.firstInRegionId() == null
        ? CompletableFuture.completedFuture(null)
        : loader.load(agreement.firstInRegionId());
  }

  @SchemaMapping(typeName = ACTION, field = "id")
  String actionId(AgreementAction action) {
    return GlobalId.of(ACTION, action.facts().id().value());
  }

  /** The agreements of any number of actions, in one statement. */
  @BatchMapping(typeName = ACTION, field = "agreement")
  Map<AgreementAction, Agreement> actionAgreement(List<AgreementAction> actions) {
    Map<AgreementActionId, Agreement> of =
        agreements.ofActions(actions.stream().map(action -> action.facts().id()).toList());
    Map<AgreementAction, Agreement> found = new HashMap<>();
    actions.forEach(action -> found.put(action, of.get(action.facts().id())));
    return found;
  }

  @SchemaMapping(typeName = ACTION, field = "party")
  CompletableFuture<Party> actionParty(AgreementAction action, DataLoader<PartyId, Party> loader) {
    return action.facts().party().map(loader::load).orElse(CompletableFuture.completedFuture(null));
  }

  @SchemaMapping(typeName = ACTION, field = "person")
  CompletableFuture<Person> actionPerson(
      AgreementAction action, DataLoader<PersonId, Person> loader) {
    PersonId person = action.facts().personId();
    return person == null ? CompletableFuture.completedFuture(null) : loader.load(person);
  }

  @SchemaMapping(typeName = ACTION, field = "date")
  PartialDate date(AgreementAction action) {
    return action.facts().date();
  }

  @SchemaMapping(typeName = ACTION, field = "effective")
  PartialDate effective(AgreementAction action) {
    return action.facts().effective();
  }

  @SchemaMapping(typeName = ACTION, field = "place")
  Place place(AgreementAction action) {
    return action.facts().place();
  }

  @SchemaMapping(typeName = ACTION, field = "note")
  String note(AgreementAction action) {
    return action.facts().note();
  }

  @SchemaMapping(typeName = ACTION, field = "citations")
  List<Citation> citations(AgreementAction action) {
    return action.facts().citations();
  }

  @SchemaMapping(typeName = "PartyStanding", field = "party")
  CompletableFuture<Party> standingParty(
      PartyStanding standing, DataLoader<PartyId, Party> loader) {
    return loader.load(standing.partyId());
  }
}
