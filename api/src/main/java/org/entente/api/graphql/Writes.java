package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.entente.api.security.CurrentActor;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.Edit;
import org.entente.domain.revision.Edits;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a mutation's write as one edit of the record (all or nothing, audited under the caller's
 * name, idempotent under the request's {@code Idempotency-Key}) and turns a refusal into
 * userErrors: a mutation answers why it wrote nothing instead of failing the request.
 */
@Component
class Writes {

  /** What a mutation answers: the record as written, or why nothing was. */
  record Written<T>(T record, List<UserError> userErrors) {}

  private static final JsonMapper CANONICAL =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private final Edits edits;
  private final CurrentActor actor;

  Writes(Edits edits, CurrentActor actor) {
    this.edits = edits;
    this.actor = actor;
  }

  /**
   * Runs {@code write}, which answers the key of the record it wrote, and answers that record as
   * {@code load} reads it after the edit has committed.
   */
  <T> Written<T> run(DataFetchingEnvironment env, LongSupplier write, LongFunction<T> load) {
    try {
      String key = env.getGraphQlContext().get(IdempotencyKeyHeader.CONTEXT_KEY);
      String operation = env.getField().getName() + env.getExecutionStepInfo().getPath();
      Edit edit =
          new Edit(actor.name(), key, operation, key == null ? null : digest(env.getArguments()));
      return new Written<>(load.apply(edits.run(edit, write)), List.of());
    } catch (RuleViolation violation) {
      return new Written<>(null, List.of(UserError.of(violation)));
    } catch (IllegalArgumentException invalid) {
      return new Written<>(null, List.of(UserError.invalid(invalid.getMessage())));
    }
  }

  /** The one record {@code key} names, read through its port's batch; null when there is none. */
  static <K, T> T one(Function<Collection<K>, Map<K, T>> byIds, K key) {
    return byIds.apply(List.of(key)).get(key);
  }

  /**
   * The record a mutation's {@code id} argument names, as it stands before the write; a refusal
   * with {@code NOT_FOUND} when there is none.
   */
  static <K, T> T current(Function<Collection<K>, Map<K, T>> byIds, K key, String noun) {
    T record = one(byIds, key);
    if (record == null) {
      throw new RuleViolation("NOT_FOUND", "there is no " + noun + " with this ID").at("id");
    }
    return record;
  }

  /** The same arguments give the same digest, whatever order their fields came in. */
  private static String digest(Object arguments) {
    try {
      byte[] json = CANONICAL.writeValueAsString(arguments).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
