package org.entente.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Hands each parent of a batch what belongs to it, from what one statement loaded for all. */
final class ByParent {

  private ByParent() {}

  /** Hands each parent of a batch its children, and an empty list to a parent that has none. */
  static <P, K, C> Map<P, List<C>> group(
      List<P> parents, Function<P, K> key, Map<K, List<C>> children) {
    Map<P, List<C>> grouped = new LinkedHashMap<>();
    for (P parent : parents) {
      grouped.put(parent, children.getOrDefault(key.apply(parent), List.of()));
    }
    return grouped;
  }

  /** Hands each parent of a batch its one child; a parent that has none is left out (null). */
  static <P, K, C> Map<P, C> one(List<P> parents, Function<P, K> key, Map<K, C> children) {
    Map<P, C> found = new LinkedHashMap<>();
    for (P parent : parents) {
      C child = children.get(key.apply(parent));
      if (child != null) {
        found.put(parent, child);
      }
    }
    return found;
  }
}
