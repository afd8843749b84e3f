package org.entente.domain;

import java.util.List;

/** One page of records and whether more follow it. */
public record Page<T>(List<T> items, boolean hasNext) {

  public Page {
    items = List.copyOf(items);
  }
}
