package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Place;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Parties;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyFilter;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.PartyKind;
import org.entente.domain.person.Office;
import org.entente.domain.person.Offices;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Parties, and what they did: their offices, meetings, negotiations and agreements. */
@Controller
class PartyController implements RuntimeWiringConfigurer {

  static final String TYPE = "Party";

  private final Pages pages;
  private final Parties parties;
  private final Offices offices;
  private final Meetings meetings;
  private final Negotiations negotiations;
  private final Agreements agreements;

  PartyController(
      Pages pages,
      Parties parties,
      Offices offices,
      Meetings meetings,
      Negotiations negotiations,
      Agreements agreements) {
    this.pages = pages;
    this.parties = parties;
    this.offices = offices;
    this.meetings = meetings;
    this.negotiations = negotiations;
    this.agreements = agreements;
  }

  @QueryMapping
  CompletableFuture<Party> party(
      @Argument String id, @Argument Identifier identifier, DataLoader<PartyId, Party> loader) {
    if ((id == null) == (identifier == null)) {
      throw new IllegalArgumentException("give either id or identifier");
    }
    return id != null
        ? loader.load(new PartyId(GlobalId.keyOf(id, TYPE)))
        : CompletableFuture.completedFuture(parties.byIdentifier(identifier).orElse(null));
  }

  /** The GraphQL {@code PartyFilter}. */
  record PartyFilterInput(Set<PartyKind> kinds, List<String> regions) {}

  @QueryMapping(name = "parties")
  Connection<Party> partyPage(
      @Argument PartyFilterInput filter,
      @Argument NameOrder orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    PartyFilter query =
        filter == null ? PartyFilter.ALL : new PartyFilter(filter.kinds(), filter.regions());
    return pages.byName(
        Pages.scope("parties", env),
        first,
        after,
        last,
        before,
        orderBy,
        (order, request) -> parties.find(query, order, request),
        Party::name,
        party -> party.id().value(),
        () -> parties.count(query));
  }

  @BatchMapping(typeName = TYPE, field = "offices")
  Map<Party, List<Office>> offices(List<Party> of) {
    return ByParent.group(of, Party::id, offices.ofParties(ids(of)));
  }

  @BatchMapping(typeName = TYPE, field = "meetings")
  Map<Party, List<Meeting>> meetings(List<Party> of) {
    return ByParent.group(of, Party::id, meetings.ofParties(ids(of)));
  }

  @BatchMapping(typeName = TYPE, field = "negotiations")
  Map<Party, List<Negotiation>> negotiations(List<Party> of) {
    return ByParent.group(of, Party::id, negotiations.ofParties(ids(of)));
  }

  @BatchMapping(typeName = TYPE, field = "agreements")
  Map<Party, List<Agreement>> agreements(List<Party> of) {
    return ByParent.group(of, Party::id, agreements.ofParties(ids(of)));
  }

  private static List<PartyId> ids(List<Party> of) {
    return of.stream().map(Party::id).toList();
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            TYPE,
            type ->
                type.dataFetcher(
                        "id", PlainFields.globalId(Party.class, TYPE, party -> party.id().value()))
                    .dataFetcher(
                        "parent",
                        PlainFields.load(
                            Party.class, party -> party.parent().orElse(null), Party.class)))
        .type(
            "Place",
            type ->
                type.dataFetcher(
                    "country", PlainFields.load(Place.class, Place::countryId, Party.class)));
  }
}
