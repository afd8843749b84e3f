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

  private static void insertNew(
      DSLContext db,
      TableField<?, Long> owner,
      long ownerId,
      List<Identifier> identifiers,
      Set<Identifier> existing) {
    for (int i = 0; i < identifiers.size(); i++) {
      Identifier identifier = identifiers.get(i);
      if (existing.contains(identifier)) {
        continue;
      }
      boolean taken =
          db.fetchExists(
              IDENTIFIER,
              IDENTIFIER
                  .SCHEME
                  .eq(identifier.scheme())
                  .and(IDENTIFIER.VALUE.eq(identifier.value())));
      if (taken) {
        throw new RuleViolation(
                "DUPLICATE_IDENTIFIER",
                identifier.scheme() + " " + identifier.value() + " already names another record")
            .at("identifiers", String.valueOf(i));
      }
      db.insertInto(IDENTIFIER)
          .set(IDENTIFIER.SCHEME, identifier.scheme())
          .set(IDENTIFIER.VALUE, identifier.value())
          .set(owner, ownerId)
          .execute();
    }
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
    for (Identifier gone : current) {
      if (!wanted.contains(gone)) {
        db.deleteFrom(IDENTIFIER)
            .where(owner.eq(ownerId))
            .and(DSL.row(IDENTIFIER.SCHEME, IDENTIFIER.VALUE).eq(gone.scheme(), gone.value()))
            .execute();
      }
    }
    insertNew(db, owner, ownerId, identifiers, current);
  }
}
