package org.entente.api.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Fields answered from their object alone: a value computed from it, its global ID, or the ID of
 * another record, loaded through that record's batch loader ({@link RecordLoaders}).
 *
 * <p>An annotated controller method costs, per object and field, a handler with its argument
 * resolution, a context snapshot and an observation; a page of 50 meetings holds hundreds of such
 * fields, and that machinery cost more than the rest of the request. These are wired as
 * graphql-java's trivial data fetchers instead, which cost what reading a property does. They need
 * nothing the machinery gives: no argument, no security context (a batch loader gets the request's
 * context itself).
 */
final class PlainFields {

  private PlainFields() {}

  /** The value {@code value} computes from the field's object. */
  static <S> DataFetcher<Object> value(Class<S> source, Function<S, ?> value) {
    return (TrivialDataFetcher<Object>) env -> value.apply(source.cast(env.getSource()));
  }

  /** The global ID of the object, a record of GraphQL type {@code type} with this key. */
  static <S> DataFetcher<Object> globalId(Class<S> source, String type, ToLongFunction<S> key) {
    return (TrivialDataFetcher<Object>)
        env -> GlobalId.of(type, key.applyAsLong(source.cast(env.getSource())));
  }

  /** The {@code record} whose ID the object holds; null when it holds none. */
  static <S, K> DataFetcher<Object> load(Class<S> source, Function<S, K> id, Class<?> record) {
    String loader = record.getName();
    return (TrivialDataFetcher<Object>)
        env -> {
          K key = id.apply(source.cast(env.getSource()));
          return key == null ? null : env.getDataLoader(loader).load(key);
        };
  }

  /** The {@code record}s whose IDs the object holds, in that order. */
  static <S, K> DataFetcher<Object> loadAll(
      Class<S> source, Function<S, List<K>> ids, Class<?> record) {
    String loader = record.getName();
    return (TrivialDataFetcher<Object>)
        env ->
            env.<K, Object>getDataLoader(loader).loadMany(ids.apply(source.cast(env.getSource())));
  }

  /** The value {@code value} computes from the field's object and its one argument. */
  static <S, A> DataFetcher<Object> withArgument(
      Class<S> source, String argument, BiFunction<S, A, ?> value) {
    return (TrivialDataFetcher<Object>)
        env -> value.apply(source.cast(env.getSource()), env.<A>getArgument(argument));
  }
}
