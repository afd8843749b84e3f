package org.entente.persistence;

import org.entente.domain.RuleViolation;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The ordered entries of a record's history: an agreement's actions, a negotiation's steps. Each
 * belongs to one owner and holds its place among the owner's entries in an ordinal.
 */
final class HistoryRows {

  private HistoryRows() {}

  /**
   * The ordinal after the owner's last entry, read in the insert itself, so that it is taken under
   * the owner's lock.
   */
  static Field<Integer> nextOrdinal(
      TableField<?, Integer> ordinal, TableField<?, Long> owner, long key) {
    return DSL.field(
        DSL.select(DSL.coalesce(DSL.max(ordinal).plus(1), DSL.val(0)))
            .from(ordinal.getTable())
            .where(owner.eq(key)));
  }

  /**
   * The key of the owner of entry {@code entry}; refused at {@code id} when there is no such entry.
   */
  static long ownerOf(
      DSLContext db, TableField<?, Long> id, TableField<?, Long> owner, long entry, String what) {
    Long key = db.select(owner).from(id.getTable()).where(id.eq(entry)).fetchOne(owner);
    if (key == null) {
      throw new RuleViolation("NOT_FOUND", "there is no " + what + " with this ID").at("id");
    }
    return key;
  }
}
