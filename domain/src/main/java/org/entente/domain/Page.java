package org.entente.domain;

import java.util.List;

/**
 * One page of records, in the list's order, and whether more lie beyond it in the direction paged.
 */
public record Page<T>(List<T> items, boolean hasMore) {

  public Page {
    items = List.copyOf(items);
  }
}
