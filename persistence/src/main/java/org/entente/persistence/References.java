package org.entente.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The records a change points at: each must be on record, and a retired one takes no new references
 * (it stays readable for what pointed at it before it was retired). The foreign keys guard the
 * first rule too; checked here, the client learns which entry of a list is at fault.
 */
final class References {

  private References() {}

  static void require(DSLContext db, RecordKind kind, long key, String... field) {
    requireAll(db, kind, List.of(key), i -> field);
  }

  /** Requires every one of {@code keys}; the key at index i is given in the field {@code at(i)}. */
  static void requireAll(
      DSLContext db, RecordKind kind, List<Long> keys, IntFunction<String[]> field) {
    if (keys.isEmpty()) {
      return;
    }
    Table<?> table = Versions.TABLES.get(kind);
    Field<Long> id = Versions.id(kind);
    Field<OffsetDateTime> retiredAt = table.field("retired_at", OffsetDateTime.class);
    Field<Boolean> retired =
        retiredAt == null ? DSL.inline(false) : DSL.field(retiredAt.isNotNull());
    Map<Long, Boolean> found =
        db.select(id, retired).from(table).where(id.in(keys)).fetchMap(id, retired);
    String what = kind.typeName().toLowerCase();
    for (int i = 0; i < keys.size(); i++) {
      Boolean isRetired = found.get(keys.get(i));
      if (isRetired == null) {
        throw new RuleViolation("UNKNOWN_REFERENCE", "there is no " + what + " with this ID")
            .at(field.apply(i));
      }
      if (isRetired) {
        throw new RuleViolation(
                "RETIRED", "this " + what + " is retired: nothing new may refer to it")
            .at(field.apply(i));
      }
    }
  }
}
