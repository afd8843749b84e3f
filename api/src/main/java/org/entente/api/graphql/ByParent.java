package org.entente.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Hands each parent of a batch its children, and an empty list to a parent that has none. */
final class ByParent {

  private ByParent() {}

  static <P, K, C> Map<P, List<C>> group(
      List<P> parents, Function<P, K> key, Map<K, List<C>> children) {
    Map<P, List<C>> grouped = new LinkedHashMap<>();
    for (P parent : parents) {
      grouped.put(parent, children.getOrDefault(key.apply(parent), List.of()));
    }
    return grouped;
  }
}
