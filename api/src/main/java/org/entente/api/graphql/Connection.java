package org.entente.api.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A Relay cursor connection over one page. The total is counted, and cursors are signed, only when
 * a client asks for them: a page read through {@code nodes} needs neither.
 */
record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, IntSupplier counter) {

  record Edge<T>(T node, Function<T, String> signing) {

    public String cursor() {
      return signing.apply(node);
    }
  }

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, List<? extends Edge<?>> edges) {

    public String startCursor() {
      return edges.isEmpty() ? null : edges.get(0).cursor();
    }

    public String endCursor() {
      return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    }
  }

  public int totalCount() {
    return counter.getAsInt();
  }
}
