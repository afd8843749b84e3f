package org.entente.api.replica;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Whether the statements the current thread runs may read from the replica: only while a data
 * fetcher or batch loader of a GraphQL query runs. {@link QueriesReadFromReplica} marks the query's
 * {@code GraphQLContext}; Spring for GraphQL restores the mark from there, through Micrometer's
 * context propagation, around every data fetcher and batch loader, on whichever thread runs it, and
 * clears it afterwards. Whatever runs without the mark (mutations, subscriptions, start-up, health)
 * reads the primary.
 */
final class ReplicaReads {

  /** The key of the mark, in the {@code GraphQLContext} and in the propagation registry. */
  static final String KEY = "entente.replica-reads";

  private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

  private ReplicaReads() {}

  static boolean allowed() {
    return Boolean.TRUE.equals(ALLOWED.get());
  }

  /** How context propagation reads, sets and restores the mark. */
  static final class Accessor implements ThreadLocalAccessor<Boolean> {

    @Override
    public Object key() {
      return KEY;
    }

    @Override
    public Boolean getValue() {
      return ALLOWED.get();
    }

    @Override
    public void setValue(Boolean value) {
      ALLOWED.set(value);
    }

    @Override
    public void setValue() {
      ALLOWED.remove();
    }
  }
}
