package org.entente.api.graphql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.meeting.Statements;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Parties;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.Region;
import org.entente.domain.party.RegionId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeHolders;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Offices;
import org.entente.domain.person.People;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.TenureId;
import org.entente.domain.person.Tenures;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.source.Sources;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * One batch loader per kind of record, keyed by its id: every reference to a party, a person, an
 * office... anywhere in a query's level is answered by one statement for that kind.
 */
@Configuration(proxyBeanMethods = false)
class RecordLoaders {

  /** An office and the day its holder is asked for. */
  record OfficeOn(OfficeId office, LocalDate day) {}

  /** The name of the loader of office holders. */
  static final String HOLDERS = "holders";

  RecordLoaders(
      BatchLoaderRegistry registry,
      Parties parties,
      People people,
      Offices offices,
      Tenures tenures,
      Topics topics,
      Sources sources,
      Meetings meetings,
      Statements statements,
      Negotiations negotiations,
      Agreements agreements) {
    register(registry, PartyId.class, Party.class, parties::byIds);
    register(registry, RegionId.class, Region.class, parties::regions);
    register(registry, PersonId.class, Person.class, people::byIds);
    register(registry, OfficeId.class, Office.class, offices::byIds);
    register(registry, TenureId.class, Tenure.class, tenures::byIds);
    register(registry, TopicId.class, Topic.class, topics::byIds);
    register(registry, SourceId.class, Source.class, sources::byIds);
    register(registry, MeetingId.class, Meeting.class, meetings::byIds);
    register(registry, StatementId.class, Statement.class, statements::byIds);
    register(registry, NegotiationId.class, Negotiation.class, negotiations::byIds);
    register(registry, AgreementId.class, Agreement.class, agreements::byIds);
    register(registry, NegotiationStepId.class, NegotiationStep.class, negotiations::steps);
    register(registry, AgreementActionId.class, AgreementAction.class, agreements::actions);
    registry
        .<OfficeOn, Person>forName(HOLDERS)
        .registerMappedBatchLoader(
            (asked, env) -> Mono.fromSupplier(() -> holders(asked, tenures, people)));
  }

  private static <K, V> void register(
      BatchLoaderRegistry registry,
      Class<K> key,
      Class<V> value,
      Function<Set<K>, Map<K, V>> load) {
    registry
        .forTypePair(key, value)
        .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load.apply(keys)));
  }

  /**
   * The holders of offices on days: two statements for any number of offices, tenures then people.
   */
  private static Map<OfficeOn, Person> holders(
      Set<OfficeOn> asked, Tenures tenures, People people) {
    Map<OfficeId, List<Tenure>> byOffice =
        tenures.ofOffices(asked.stream().map(OfficeOn::office).toList());
    Map<OfficeOn, PersonId> holders = new HashMap<>();
    for (OfficeOn question : asked) {
      OfficeHolders.holderOn(byOffice.getOrDefault(question.office(), List.of()), question.day())
          .ifPresent(tenure -> holders.put(question, tenure.personId()));
    }
    Map<PersonId, Person> persons =
        holders.isEmpty() ? Map.of() : people.byIds(Set.copyOf(holders.values()));
    Map<OfficeOn, Person> answers = new HashMap<>();
    holders.forEach((question, person) -> answers.put(question, persons.get(person)));
    return answers;
  }
}
