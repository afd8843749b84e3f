package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import java.util.Optional;
import java.util.function.LongSupplier;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.Edit;
import org.entente.domain.revision.Edits;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Each edit in a transaction of its own. The actor goes into a transaction-local setting that the
 * audit trigger reads, so every row written is filed under who wrote it.
 */
final class JooqEdits implements Edits {

  private final DSLContext db;

  JooqEdits(DSLContext db) {
    this.db = db;
  }

  @Override
  public long run(Edit edit, LongSupplier write) {
    try {
      return db.transactionResult(
          transaction -> {
            DSLContext tx = transaction.dsl();
            tx.select(
                    DSL.function(
                        "set_config",
                        String.class,
                        DSL.val("entente.actor"),
                        DSL.val(edit.actor()),
                        DSL.inline(true)))
                .fetch();
            Optional<Long> earlier =
                edit.idempotencyKey() == null ? Optional.empty() : earlier(tx, edit);
            if (earlier.isPresent()) {
              return earlier.get();
            }
            long key = write.getAsLong();
            if (edit.idempotencyKey() != null) {
              tx.insertInto(IDEMPOTENCY_KEY)
                  .set(IDEMPOTENCY_KEY.ACTOR, edit.actor())
                  .set(IDEMPOTENCY_KEY.KEY, edit.idempotencyKey())
                  .set(IDEMPOTENCY_KEY.OPERATION, edit.operation())
                  .set(IDEMPOTENCY_KEY.REQUEST_HASH, edit.requestDigest())
                  .set(IDEMPOTENCY_KEY.RESULT, JSONB.valueOf("{\"key\": " + key + "}"))
                  .execute();
            }
            return key;
          });
    } catch (RuntimeException refused) {
      RuleViolation violation = RefusedRows.violation(refused).orElseThrow(() -> refused);
      if (violation.code().equals(RefusedRows.RETRIED) && edit.idempotencyKey() != null) {
        // A concurrent retry with the same key committed first: answer what it wrote.
        return db.transactionResult(transaction -> earlier(transaction.dsl(), edit))
            .orElseThrow(() -> refused);
      }
      throw violation;
    }
  }

  /**
   * What an earlier edit with the same key wrote; the key reused for another request is refused.
   */
  private static Optional<Long> earlier(DSLContext tx, Edit edit) {
    Record2<String, Long> stored =
        tx.select(
                IDEMPOTENCY_KEY.REQUEST_HASH,
                DSL.field("({0} ->> 'key')::bigint", Long.class, IDEMPOTENCY_KEY.RESULT))
            .from(IDEMPOTENCY_KEY)
            .where(IDEMPOTENCY_KEY.ACTOR.eq(edit.actor()))
            .and(IDEMPOTENCY_KEY.KEY.eq(edit.idempotencyKey()))
            .and(IDEMPOTENCY_KEY.OPERATION.eq(edit.operation()))
            .fetchOne();
    if (stored == null) {
      return Optional.empty();
    }
    if (!stored.value1().equals(edit.requestDigest())) {
      throw new RuleViolation(
          "IDEMPOTENCY_KEY_REUSED",
          "this idempotency key was used for a different " + edit.operation() + " request");
    }
    return Optional.of(stored.value2());
  }
}
