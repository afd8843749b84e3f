package org.entente.api.graphql;

import graphql.schema.DataFetcher;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.Statement;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.party.Party;
import org.entente.domain.person.Office;
import org.entente.domain.person.Person;
import org.entente.domain.person.Tenure;
import org.entente.domain.revision.Change;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.revision.Revision;
import org.entente.domain.revision.Revisions;
import org.entente.domain.source.Source;
import org.entente.domain.topic.Topic;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The fields every edited record has — {@code version}, {@code updatedAt}, {@code retiredAt} where
 * it can be retired, and {@code history} — wired once for all of them, each batched per kind.
 */
@Component
class RevisionFields implements RuntimeWiringConfigurer {

  /** An edited record's GraphQL type, its domain class and how to find its key. */
  record Edited<T>(RecordKind kind, Class<T> type, ToLongFunction<T> key) {

    long keyOf(Object record) {
      return key.applyAsLong(type.cast(record));
    }
  }

  /** A record of some kind, by its key. */
  record RecordRef(RecordKind kind, long key) {}

  static final List<Edited<?>> EDITED =
      List.of(
          new Edited<>(RecordKind.PARTY, Party.class, party -> party.id().value()),
          new Edited<>(RecordKind.MEETING, Meeting.class, meeting -> meeting.id().value()),
          new Edited<>(RecordKind.STATEMENT, Statement.class, statement -> statement.id().value()),
          new Edited<>(RecordKind.PERSON, Person.class, person -> person.id().value()),
          new Edited<>(RecordKind.OFFICE, Office.class, office -> office.id().value()),
          new Edited<>(RecordKind.TENURE, Tenure.class, tenure -> tenure.id().value()),
          new Edited<>(RecordKind.TOPIC, Topic.class, topic -> topic.id().value()),
          new Edited<>(RecordKind.SOURCE, Source.class, source -> source.id().value()),
          new Edited<>(
              RecordKind.NEGOTIATION, Negotiation.class, negotiation -> negotiation.id().value()),
          new Edited<>(RecordKind.AGREEMENT, Agreement.class, agreement -> agreement.id().value()));

  private static final String REVISIONS = "revisions";
  private static final String HISTORY = "history";

  RevisionFields(BatchLoaderRegistry registry, Revisions revisions) {
    registry
        .<RecordRef, Revision>forName(REVISIONS)
        .registerMappedBatchLoader(
            (refs, env) -> Mono.fromCallable(() -> byKind(refs, revisions::of)));
    registry
        .<RecordRef, List<Change>>forName(HISTORY)
        .registerMappedBatchLoader(
            (refs, env) -> Mono.fromCallable(() -> byKind(refs, revisions::history)));
  }

  /** One statement per kind of record in the batch. */
  private static <V> Map<RecordRef, V> byKind(
      Set<RecordRef> refs, BiFunction<RecordKind, Collection<Long>, Map<Long, V>> load) {
    Map<RecordRef, V> found = new HashMap<>();
    refs.stream()
        .collect(
            Collectors.groupingBy(
                RecordRef::kind, Collectors.mapping(RecordRef::key, Collectors.toList())))
        .forEach(
            (kind, keys) ->
                load.apply(kind, keys)
                    .forEach((key, value) -> found.put(new RecordRef(kind, key), value)));
    return found;
  }

  @Override
  public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
    for (Edited<?> edited : EDITED) {
      wiring.type(
          edited.kind().typeName(),
          type -> {
            type.dataFetcher("version", revision(edited, Revision::version));
            type.dataFetcher("updatedAt", revision(edited, Revision::updatedAt));
            if (edited.kind().retirable()) {
              type.dataFetcher("retiredAt", revision(edited, Revision::retiredAt));
            }
            type.dataFetcher(
                "history",
                env -> {
                  DataLoader<RecordRef, List<Change>> loader = env.getDataLoader(HISTORY);
                  return loader
                      .load(new RecordRef(edited.kind(), edited.keyOf(env.getSource())))
                      .thenApply(changes -> changes == null ? List.of() : changes);
                });
            return type;
          });
    }
  }

  private static DataFetcher<CompletableFuture<Object>> revision(
      Edited<?> edited, java.util.function.Function<Revision, Object> field) {
    return env -> {
      DataLoader<RecordRef, Revision> loader = env.getDataLoader(REVISIONS);
      return loader
          .load(new RecordRef(edited.kind(), edited.keyOf(env.getSource())))
          .thenApply(revision -> revision == null ? null : field.apply(revision));
    };
  }
}
