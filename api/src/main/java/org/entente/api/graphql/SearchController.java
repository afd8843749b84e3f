package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.dataloader.DataLoader;
import org.entente.domain.PageRequest;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.search.Search;
import org.entente.domain.search.SearchHit;
import org.entente.domain.search.SearchText;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** search(text:): one statement for the ranked hits, then the records through the batch loaders. */
@Controller
class SearchController {

  /** How a kind of hit is loaded: its id type and the record type whose loader answers. */
  private record HitType(LongFunction<Object> id, Class<?> record) {}

  private static final Map<SearchHit.Kind, HitType> TYPES =
      Map.of(
          SearchHit.Kind.MEETING, new HitType(MeetingId::new, Meeting.class),
          SearchHit.Kind.STATEMENT, new HitType(StatementId::new, Statement.class),
          SearchHit.Kind.NEGOTIATION, new HitType(NegotiationId::new, Negotiation.class),
          SearchHit.Kind.AGREEMENT, new HitType(AgreementId::new, Agreement.class),
          SearchHit.Kind.PERSON, new HitType(PersonId::new, Person.class),
          SearchHit.Kind.PARTY, new HitType(PartyId::new, Party.class),
          SearchHit.Kind.TOPIC, new HitType(TopicId::new, Topic.class),
          SearchHit.Kind.SOURCE, new HitType(SourceId::new, Source.class));

  private final Search search;

  SearchController(Search search) {
    this.search = search;
  }

  @QueryMapping(name = "search")
  List<SearchHit> searchHits(@Argument String text, @Argument Integer first) {
    int limit = first == null ? 20 : first;
    if (limit < 0 || limit > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException(
          "first must be between 0 and " + PageRequest.MAX_SIZE + ", not " + limit);
    }
    return search.find(SearchText.of(text), limit);
  }

  @SchemaMapping(typeName = "SearchHit")
  CompletableFuture<Object> node(SearchHit hit, DataFetchingEnvironment env) {
    HitType type = TYPES.get(hit.kind());
    DataLoader<Object, Object> loader = env.getDataLoader(type.record().getName());
    return loader.load(type.id().apply(hit.id()));
  }
}
