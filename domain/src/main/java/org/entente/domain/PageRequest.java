package org.entente.domain;

/** The first {@code size} records after the one at {@code after} (zero: from the start), by id. */
public record PageRequest(int size, long after) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("a page holds 0 to " + MAX_SIZE + " records, not " + size);
    }
    if (after < 0) {
      throw new IllegalArgumentException("no record comes after a negative id");
    }
  }
}
