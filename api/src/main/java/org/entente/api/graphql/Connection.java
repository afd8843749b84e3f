package org.entente.api.graphql;

import java.util.List;
import java.util.function.ToLongFunction;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** A Relay cursor connection over one page of records; a cursor is the record's position by key. */
record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo) {

  record Edge<T>(String cursor, T node) {}

  record PageInfo(
      boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

  private static final String CURSOR_TYPE = "Cursor";

  static PageRequest request(Integer first, String after) {
    int size = first == null ? 20 : first;
    if (size < 0 || size > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException(
          "first must be between 0 and " + PageRequest.MAX_SIZE + ", not " + size);
    }
    return new PageRequest(size, after == null ? 0 : GlobalId.keyOf(after, CURSOR_TYPE));
  }

  static <T> Connection<T> of(Page<T> page, PageRequest request, ToLongFunction<T> key) {
    List<Edge<T>> edges =
        page.items().stream()
            .map(item -> new Edge<>(GlobalId.of(CURSOR_TYPE, key.applyAsLong(item)), item))
            .toList();
    return new Connection<>(
        edges,
        page.items(),
        new PageInfo(
            page.hasNext(),
            request.after() > 0,
            edges.isEmpty() ? null : edges.get(0).cursor(),
            edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
  }
}
