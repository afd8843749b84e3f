package org.entente.domain;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One page of records, in the list's order, and whether more lie beyond it in the direction paged;
 * with how many the whole list holds when that was learnt with the page.
 */
public record Page<T>(List<T> items, boolean hasMore, OptionalInt total) {

  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(total, "total (OptionalInt.empty() when not counted)");
  }

  public Page(List<T> items, boolean hasMore) {
    this(items, hasMore, OptionalInt.empty());
  }
}
