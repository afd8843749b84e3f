package org.entente.persistence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The records a change refers to, each at the input field that names it, looked up before anything
 * is written: a reference to no record is refused at its field (UNKNOWN_REFERENCE) instead of by a
 * constraint that could not say which field, and so is a new reference to a retired record
 * (RETIRED). One statement per kind of record.
 */
final class References {

  private record Reference(RecordKind kind, long key, List<String> path) {}

  private final List<Reference> references = new ArrayList<>();

  /** Requires the one record {@code key}, named in the input field {@code field}. */
  static void require(DSLContext db, RecordKind kind, long key, String... field) {
    new References().to(kind, key, field).check(db, Map.of());
  }

  /** Requires every one of {@code keys}; the key at index i is given in the field {@code at(i)}. */
  static void requireAll(
      DSLContext db, RecordKind kind, List<Long> keys, IntFunction<String[]> field) {
    References references = new References();
    for (int i = 0; i < keys.size(); i++) {
      references.to(kind, keys.get(i), field.apply(i));
    }
    references.check(db, Map.of());
  }

  /** Adds the reference of the field {@code path} to the record {@code key}, if there is one. */
  References to(RecordKind kind, Long key, String... path) {
    if (key != null) {
      references.add(new Reference(kind, key, List.of(path)));
    }
    return this;
  }

  /** The records referred to, by kind. */
  Map<RecordKind, Set<Long>> keys() {
    return references.stream()
        .collect(
            Collectors.groupingBy(
                Reference::kind,
                () -> new EnumMap<>(RecordKind.class),
                Collectors.mapping(Reference::key, Collectors.toSet())));
  }

  /**
   * Refuses the first reference, in the order they were added, to a record that does not exist, or
   * to a retired one that is not among {@code kept} (the references the record already had).
   */
  void check(DSLContext db, Map<RecordKind, Set<Long>> kept) {
    Map<RecordKind, Map<Long, Boolean>> found = new EnumMap<>(RecordKind.class);
    keys().forEach((kind, keys) -> found.put(kind, retiredByKey(db, kind, keys)));
    for (Reference reference : references) {
      Boolean retired = found.get(reference.kind()).get(reference.key());
      String field = String.join(".", reference.path());
      if (retired == null) {
        throw new RuleViolation(
                "UNKNOWN_REFERENCE",
                field + ": there is no " + reference.kind().typeName() + " with this ID")
            .at(reference.path().toArray(String[]::new));
      }
      if (retired && !kept.getOrDefault(reference.kind(), Set.of()).contains(reference.key())) {
        throw new RuleViolation(
                "RETIRED",
                field + ": the " + reference.kind().typeName() + " is retired; refer to another")
            .at(reference.path().toArray(String[]::new));
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

  /** Whether each record that exists is retired; records that do not exist are absent. */
  private static Map<Long, Boolean> retiredByKey(DSLContext db, RecordKind kind, Set<Long> keys) {
    Table<?> table = Versions.TABLES.get(kind);
    Field<?> retiredAt = table.field("retired_at");
    Field<Boolean> retired =
        retiredAt == null ? DSL.inline(false) : DSL.field(retiredAt.isNotNull());
    return db.select(Versions.id(kind), retired)
        .from(table)
        .where(Versions.id(kind).in(new HashSet<>(keys)))
        .fetchMap(row -> row.value1(), row -> row.value2());
  }
}
