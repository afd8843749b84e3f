package org.entente.api.graphql;

import java.util.List;
import java.util.function.IntSupplier;

/** A Relay cursor connection over one page. The total is counted only when a client asks for it. */
record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, IntSupplier counter) {

  record Edge<T>(String cursor, T node) {}

  record PageInfo(
      boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

  public int totalCount() {
    return counter.getAsInt();
  }
}
