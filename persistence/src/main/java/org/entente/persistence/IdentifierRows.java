package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDENTIFIER;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.Identifier;
import org.entente.domain.RuleViolation;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** The identifiers of one record (a party, person, office or agreement), written as a set. */
final class IdentifierRows {

  private IdentifierRows() {}

  static void insert(
      DSLContext db, TableField<?, Long> owner, long ownerId, List<Identifier> identifiers) {
    insertNew(db, owner, ownerId, identifiers, Set.of());
  }

  /**
   * Inserts the {@code identifiers} not in {@code existing}, in one statement, after one query for
   * those another record already has; the first of them (or the repeat of one given earlier) is
   * refused at its index.
   */
  private static void insertNew(
      DSLContext db,
      TableField<?, Long> owner,
      long ownerId,
      List<Identifier> identifiers,
      Set<Identifier> existing) {
    List<Identifier> added = identifiers.stream().filter(id -> !existing.contains(id)).toList();
    if (added.isEmpty()) {
      return;
    }
    Set<Identifier> taken =
        new HashSet<>(
            db.select(IDENTIFIER.SCHEME, IDENTIFIER.VALUE)
                .from(IDENTIFIER)
                .where(
                    DSL.row(IDENTIFIER.SCHEME, IDENTIFIER.VALUE)
                        .in(added.stream().map(id -> DSL.row(id.scheme(), id.value())).toList()))
                .fetch(row -> new Identifier(row.value1(), row.value2())));
    var insert = db.insertInto(IDENTIFIER, IDENTIFIER.SCHEME, IDENTIFIER.VALUE, owner);
    for (int i = 0; i < identifiers.size(); i++) {
      Identifier identifier = identifiers.get(i);
      if (existing.contains(identifier)) {
        continue;
      }
      if (!taken.add(identifier)) {
        throw new RuleViolation(
                "DUPLICATE_IDENTIFIER",
                identifier.scheme() + " " + identifier.value() + " already names another record")
            .at("identifiers", String.valueOf(i));
      }
      insert = insert.values(identifier.scheme(), identifier.value(), ownerId);
    }
    insert.execute();
  }

  /** Removes the identifiers no longer given and adds the new ones; the rest stay untouched. */
  static void replace(
      DSLContext db, TableField<?, Long> owner, long ownerId, List<Identifier> identifiers) {
    Set<Identifier> current =
        new HashSet<>(
            db.select(IDENTIFIER.SCHEME, IDENTIFIER.VALUE)
                .from(IDENTIFIER)
                .where(owner.eq(ownerId))
                .fetch(row -> new Identifier(row.value1(), row.value2())));
    Set<Identifier> wanted = Set.copyOf(identifiers);
    List<Identifier> gone = current.stream().filter(id -> !wanted.contains(id)).toList();
    if (!gone.isEmpty()) {
      db.deleteFrom(IDENTIFIER)
          .where(owner.eq(ownerId))
          .and(
              DSL.row(IDENTIFIER.SCHEME, IDENTIFIER.VALUE)
                  .in(gone.stream().map(id -> DSL.row(id.scheme(), id.value())).toList()))
          .execute();
    }
    insertNew(db, owner, ownerId, identifiers, current);
  }
}
