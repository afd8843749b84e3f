package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PageRequest.Direction;
import org.entente.domain.PageRequest.Position;
import org.springframework.stereotype.Component;

/**
 * Relay's paging arguments turned into a page request, and a page of records into a connection
 * whose cursors are bound to the list they came from.
 */
@Component
class Pages {

  static final int DEFAULT_SIZE = 20;

  private final Cursors cursors;

  Pages(Cursors cursors) {
    this.cursors = cursors;
  }

  private static final Set<String> PAGING = Set.of("first", "after", "last", "before");

  /** Whether the document asks for the connection's {@code totalCount}. */
  static boolean counted(DataFetchingEnvironment env) {
    return env.getSelectionSet().contains("totalCount");
  }

  /**
   * The scope a cursor is bound to: the list's field, every argument that shapes the list (all but
   * the paging ones), and whatever else selects its rows, such as the parties of a relationship.
   */
  static String scope(String field, DataFetchingEnvironment env, Object... context) {
    Map<String, Object> shape = new TreeMap<>(env.getArguments());
    shape.keySet().removeAll(PAGING);
    return scope(field, shape, List.of(context));
  }

  static String scope(String field, Object... shape) {
    return field
        + Arrays.stream(shape).map(Pages::canonical).collect(Collectors.joining(",", "(", ")"));
  }

  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, nested) -> sorted.put(String.valueOf(key), nested));
      return sorted.entrySet().stream()
          .map(entry -> entry.getKey() + ":" + canonical(entry.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Pages::canonical).collect(Collectors.joining(",", "[", "]"));
    }
    return String.valueOf(value);
  }

  PageRequest request(Integer first, String after, Integer last, String before, String scope) {
    if (first != null && last != null) {
      throw new IllegalArgumentException("give first or last, not both");
    }
    if ((after != null && last != null) || (before != null && first != null)) {
      throw new IllegalArgumentException("after goes with first, and before with last");
    }
    if (after != null && before != null) {
      throw new IllegalArgumentException("give after or before, not both");
    }
    boolean backward = last != null || before != null;
    int size =
        backward ? (last == null ? DEFAULT_SIZE : last) : (first == null ? DEFAULT_SIZE : first);
    if (size < 0 || size > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException(
          (backward ? "last" : "first")
              + " must be between 0 and "
              + PageRequest.MAX_SIZE
              + ", not "
              + size);
    }
    String cursor = backward ? before : after;
    return new PageRequest(
        size,
        backward ? Direction.BACKWARD : Direction.FORWARD,
        cursor == null ? null : cursors.decode(scope, cursor));
  }

  <T> Connection<T> connection(
      Page<T> page,
      PageRequest request,
      String scope,
      Function<T, Position> position,
      IntSupplier count) {
    Function<T, String> signing = item -> cursors.encode(scope, position.apply(item));
    List<Connection.Edge<T>> edges =
        page.items().stream().map(item -> new Connection.Edge<>(item, signing)).toList();
    boolean moreAfter = request.backward() ? request.position() != null : page.hasMore();
    boolean moreBefore = request.backward() ? page.hasMore() : request.position() != null;
    // A page that learnt the total while it was read needs no statement to count it.
    IntSupplier counter = page.total().isPresent() ? page.total()::getAsInt : count;
    return new Connection<>(
        edges, page.items(), new Connection.PageInfo(moreAfter, moreBefore, edges), counter);
  }

  /**
   * A page of a list of records known by a name, in {@code order} (as they were added when none is
   * given); {@code scope} as {@link #scope} makes it.
   */
  <T> Connection<T> byName(
      String scope,
      Integer first,
      String after,
      Integer last,
      String before,
      NameOrder order,
      BiFunction<NameOrder, PageRequest, Page<T>> find,
      Function<T, String> name,
      Function<T, Long> id,
      IntSupplier count) {
    NameOrder ordered = order == null ? NameOrder.ADDED : order;
    PageRequest request = request(first, after, last, before, scope);
    return connection(
        find.apply(ordered, request),
        request,
        scope,
        item -> ordered.positionOf(name.apply(item), id.apply(item)),
        count);
  }

  /** A page of a list in id order; {@code scope} as {@link #scope} makes it. */
  <T> Connection<T> byId(
      String scope,
      Integer first,
      String after,
      Integer last,
      String before,
      Function<PageRequest, Page<T>> find,
      Function<T, Long> id,
      IntSupplier count) {
    PageRequest request = request(first, after, last, before, scope);
    return connection(
        find.apply(request), request, scope, item -> new Position(null, id.apply(item)), count);
  }
}
