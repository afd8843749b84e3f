package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.api.graphql.RecordLoaders.OfficeOn;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.Statements;
import org.entente.domain.party.Party;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Offices;
import org.entente.domain.person.People;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonFilter;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.Tenures;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** People, the offices of parties, and who held them when. */
@Controller
class PersonController implements RuntimeWiringConfigurer {

  static final String PERSON = "Person";
  static final String OFFICE = "Office";
  static final String TENURE = "Tenure";

  private final Pages pages;
  private final People people;
  private final Offices offices;
  private final Tenures tenures;
  private final Meetings meetings;
  private final Statements statements;

  PersonController(
      Pages pages,
      People people,
      Offices offices,
      Tenures tenures,
      Meetings meetings,
      Statements statements) {
    this.pages = pages;
    this.people = people;
    this.offices = offices;
    this.tenures = tenures;
    this.meetings = meetings;
    this.statements = statements;
  }

  @QueryMapping
  CompletableFuture<Person> person(
      @Argument String id, @Argument Identifier identifier, DataLoader<PersonId, Person> loader) {
    if ((id == null) == (identifier == null)) {
      throw new IllegalArgumentException("give either id or identifier");
    }
    return id != null
        ? loader.load(new PersonId(GlobalId.keyOf(id, PERSON)))
        : CompletableFuture.completedFuture(people.byIdentifier(identifier).orElse(null));
  }

  /** The GraphQL {@code PersonFilter}, naming parties and offices by global ID. */
  record PersonFilterInput(List<String> parties, List<String> offices) {
    PersonFilter toDomain() {
      return new PersonFilter(
          MeetingFilterInput.partyIds(parties),
          MeetingFilterInput.ids(offices, OFFICE).stream().map(OfficeId::new).toList());
    }
  }

  @QueryMapping(name = "people")
  Connection<Person> personPage(
      @Argument PersonFilterInput filter,
      @Argument NameOrder orderBy,
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before,
      DataFetchingEnvironment env) {
    PersonFilter query = filter == null ? PersonFilter.ALL : filter.toDomain();
    return pages.byName(
        Pages.scope("people", env),
        first,
        after,
        last,
        before,
        orderBy,
        (order, request) -> people.find(query, order, request),
        Person::name,
        person -> person.id().value(),
        () -> people.count(query));
  }

  @QueryMapping
  CompletableFuture<Office> office(@Argument String id, DataLoader<OfficeId, Office> loader) {
    return loader.load(new OfficeId(GlobalId.keyOf(id, OFFICE)));
  }

  @QueryMapping(name = "offices")
  Connection<Office> officePage(
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before) {
    return pages.byId(
        Pages.scope("offices"),
        first,
        after,
        last,
        before,
        offices::page,
        office -> office.id().value(),
        offices::count);
  }

  @BatchMapping(typeName = PERSON, field = "tenures")
  Map<Person, List<Tenure>> tenuresOfPeople(List<Person> of) {
    return ByParent.group(of, Person::id, tenures.ofPeople(of.stream().map(Person::id).toList()));
  }

  @BatchMapping(typeName = PERSON, field = "meetings")
  Map<Person, List<Meeting>> meetings(List<Person> of) {
    return ByParent.group(
        of, Person::id, meetings.attendedBy(of.stream().map(Person::id).toList()));
  }

  @BatchMapping(typeName = PERSON, field = "statements")
  Map<Person, List<Statement>> statements(List<Person> of) {
    return ByParent.group(of, Person::id, statements.madeBy(of.stream().map(Person::id).toList()));
  }

  @BatchMapping(typeName = OFFICE, field = "tenures")
  Map<Office, List<Tenure>> tenuresOfOffices(List<Office> of) {
    return ByParent.group(of, Office::id, tenures.ofOffices(of.stream().map(Office::id).toList()));
  }

  @SchemaMapping
  CompletableFuture<Person> holder(
      Office office, @Argument LocalDate asOf, DataFetchingEnvironment env) {
    // Looked up by name: a DataLoader parameter would resolve by its value type, Person's own
    // loader.
    DataLoader<OfficeOn, Person> holders = env.getDataLoader(RecordLoaders.HOLDERS);
    return holders.load(new OfficeOn(office.id(), asOf == null ? LocalDate.now() : asOf));
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            PERSON,
            type ->
                type.dataFetcher(
                    "id",
                    PlainFields.globalId(Person.class, PERSON, person -> person.id().value())))
        .type(
            OFFICE,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(Office.class, OFFICE, office -> office.id().value()))
                    .dataFetcher(
                        "party", PlainFields.load(Office.class, Office::partyId, Party.class)))
        .type(
            TENURE,
            type ->
                type.dataFetcher(
                        "id",
                        PlainFields.globalId(Tenure.class, TENURE, tenure -> tenure.id().value()))
                    .dataFetcher(
                        "person", PlainFields.load(Tenure.class, Tenure::personId, Person.class))
                    .dataFetcher(
                        "office", PlainFields.load(Tenure.class, Tenure::officeId, Office.class)));
  }
}
