package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.dataloader.DataLoader;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Statement;
import org.entente.domain.meeting.StatementId;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
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
      Map.ofEntries(
          Map.entry("Party", new NodeType(PartyId::new, Party.class)),
          Map.entry("Person", new NodeType(PersonId::new, Person.class)),
          Map.entry("Office", new NodeType(OfficeId::new, Office.class)),
          Map.entry("Tenure", new NodeType(TenureId::new, Tenure.class)),
          Map.entry("Meeting", new NodeType(MeetingId::new, Meeting.class)),
          Map.entry("Statement", new NodeType(StatementId::new, Statement.class)),
          Map.entry("Negotiation", new NodeType(NegotiationId::new, Negotiation.class)),
          Map.entry("NegotiationStep", new NodeType(NegotiationStepId::new, NegotiationStep.class)),
          Map.entry("Agreement", new NodeType(AgreementId::new, Agreement.class)),
          Map.entry("AgreementAction", new NodeType(AgreementActionId::new, AgreementAction.class)),
          Map.entry("Topic", new NodeType(TopicId::new, Topic.class)),
          Map.entry("Source", new NodeType(SourceId::new, Source.class)));

  /** The record an ID names, through its kind's batch loader; null for an ID of no node. */
  static CompletableFuture<Object> load(GlobalId id, DataFetchingEnvironment env) {
    NodeType type = TYPES.get(id.type());
    if (type == null) {
      return CompletableFuture.completedFuture(null);
    }
    DataLoader<Object, Object> loader = env.getDataLoader(type.record().getName());
    return loader.load(type.id().apply(id.key()));
  }
}
