package org.entente.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.domain.RuleViolation;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * References from a record about to be written to others, checked in one statement before it is: an
 * unknown one is refused at its place in the input ({@code parties, 2, party}), which the
 * database's own foreign key could not say.
 */
final class References {

  private References() {}

  /**
   * Refuses the first of {@code keys} (nulls are skipped) that names no row of {@code id}'s table:
   * UNKNOWN_REFERENCE at {@code path} of its index.
   */
  static void require(
      DSLContext db, TableField<?, Long> id, List<Long> keys, IntFunction<String[]> path) {
    List<Long> given = keys.stream().filter(Objects::nonNull).distinct().toList();
    if (given.isEmpty()) {
      return;
    }
    Set<Long> known =
        new HashSet<>(db.select(id).from(id.getTable()).where(id.in(given)).fetch(id));
    for (int i = 0; i < keys.size(); i++) {
      Long key = keys.get(i);
      if (key != null && !known.contains(key)) {
        throw new RuleViolation(
                "UNKNOWN_REFERENCE", "there is no " + id.getTable().getName() + " with this ID")
            .at(path.apply(i));
      }
    }
  }

  /** The path {@code field, index, rest...}, for a reference inside a list of the input. */
  static String[] at(String field, int index, String... rest) {
    String[] path = new String[rest.length + 2];
    path[0] = field;
    path[1] = String.valueOf(index);
    System.arraycopy(rest, 0, path, 2, rest.length);
    return path;
  }
}
