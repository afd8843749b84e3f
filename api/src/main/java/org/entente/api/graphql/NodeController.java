package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.dataloader.DataLoader;
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
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.TenureId;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Relay's node(id:) and nodes(ids:), through the same batch loaders as every other field. */
@Controller
class NodeController {

  @QueryMapping
  CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
    return load(GlobalId.parse(id), env);
  }

  @QueryMapping
  CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
    List<CompletableFuture<Object>> loads =
        ids.stream().map(id -> load(GlobalId.parse(id), env)).toList();
    return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
        .thenApply(done -> loads.stream().map(CompletableFuture::join).toList());
  }

  /** How a type's key becomes its domain id, and which loader answers for it. */
  private record NodeType(LongFunction<Object> id, Class<?> record) {}

  private static final Map<String, NodeType> TYPES =
      Map.of(
          "Party", new NodeType(PartyId::new, Party.class),
          "Person", new NodeType(PersonId::new, Person.class),
          "Office", new NodeType(OfficeId::new, Office.class),
          "Tenure", new NodeType(TenureId::new, Tenure.class),
          "Meeting", new NodeType(MeetingId::new, Meeting.class),
          "Statement", new NodeType(StatementId::new, Statement.class),
          "Negotiation", new NodeType(NegotiationId::new, Negotiation.class),
          "Agreement", new NodeType(AgreementId::new, Agreement.class),
          "Topic", new NodeType(TopicId::new, Topic.class),
          "Source", new NodeType(SourceId::new, Source.class));

  private static CompletableFuture<Object> load(GlobalId id, DataFetchingEnvironment env) {
    NodeType type = TYPES.get(id.type());
    if (type == null) {
      return CompletableFuture.completedFuture(null);
    }
    DataLoader<Object, Object> loader = env.getDataLoader(type.record().getName());
    return loader.load(type.id().apply(id.key()));
  }
}
