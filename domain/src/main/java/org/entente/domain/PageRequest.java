package org.entente.domain;

import java.util.Objects;

/**
 * A page of a list in a fixed order: the {@code size} records after a position (forward), or before
 * it (backward); no position means from the start, or from the end.
 */
public record PageRequest(int size, Direction direction, Position position) {

  public static final int MAX_SIZE = 100;

  public enum Direction {
    FORWARD,
    BACKWARD
  }

  /** Where a record stands in its list's order: the value it is sorted by, and its id. */
  public record Position(String sortValue, long id) {}

  public PageRequest {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("a page holds 0 to " + MAX_SIZE + " records, not " + size);
    }
    Objects.requireNonNull(direction, "direction");
  }

  public boolean backward() {
    return direction == Direction.BACKWARD;
  }
}
