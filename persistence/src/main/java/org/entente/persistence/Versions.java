package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.AUDIT_EVENT;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.OFFICE;
import static org.entente.persistence.jooq.Tables.PARTY;
import static org.entente.persistence.jooq.Tables.PERSON;
import static org.entente.persistence.jooq.Tables.SOURCE;
import static org.entente.persistence.jooq.Tables.STATEMENT;
import static org.entente.persistence.jooq.Tables.TENURE;
import static org.entente.persistence.jooq.Tables.TOPIC;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Optimistic concurrency for every edited record: a change names the version it was made against,
 * and the row's update only happens while the record is still at that version (the database's
 * {@code touch} trigger then raises it). A stale version is refused with what changed since.
 */
final class Versions {

  static final Map<RecordKind, Table<?>> TABLES = new EnumMap<>(RecordKind.class);

  static {
    TABLES.put(RecordKind.PARTY, PARTY);
    TABLES.put(RecordKind.PERSON, PERSON);
    TABLES.put(RecordKind.OFFICE, OFFICE);
    TABLES.put(RecordKind.TENURE, TENURE);
    TABLES.put(RecordKind.TOPIC, TOPIC);
    TABLES.put(RecordKind.SOURCE, SOURCE);
    TABLES.put(RecordKind.MEETING, MEETING);
    TABLES.put(RecordKind.STATEMENT, STATEMENT);
    TABLES.put(RecordKind.NEGOTIATION, NEGOTIATION);
    TABLES.put(RecordKind.AGREEMENT, AGREEMENT);
  }

  private Versions() {}

  static Field<Long> id(RecordKind kind) {
    return TABLES.get(kind).field("id", Long.class);
  }

  static Field<Long> version(RecordKind kind) {
    return TABLES.get(kind).field("version", Long.class);
  }

  /**
   * Updates the record's own row with {@code changes} (none: the row is only touched, for a change
   * of its parts), if it is still at {@code expected}; holds the row's lock until the transaction
   * ends, so a concurrent change waits and then finds the version moved on.
   */
  static void claim(
      DSLContext db, RecordKind kind, long key, long expected, Map<Field<?>, Object> changes) {
    Map<Field<?>, Object> set = changes.isEmpty() ? Map.of(version(kind), version(kind)) : changes;
    int updated =
        db.update(TABLES.get(kind))
            .set(set)
            .where(id(kind).eq(key))
            .and(version(kind).eq(expected))
            .execute();
    if (updated == 0) {
      throw refusal(db, kind, key, expected);
    }
  }

  /**
   * Touches the record, as {@link #claim} with no changes, for a change of one of its parts; the
   * record is named in the input field {@code field}, where a record that does not exist is
   * refused.
   */
  static void claim(DSLContext db, RecordKind kind, long key, long expected, String field) {
    try {
      claim(db, kind, key, expected, Map.of());
    } catch (RuleViolation refused) {
      if (!refused.code().equals("NOT_FOUND")) {
        throw refused;
      }
      throw new RuleViolation(refused.code(), refused.getMessage()).at(field);
    }
  }

  /** Retires the record if it is still at {@code expected} and not retired already. */
  static void retire(DSLContext db, RecordKind kind, long key, long expected) {
    Field<OffsetDateTime> retiredAt = TABLES.get(kind).field("retired_at", OffsetDateTime.class);
    boolean retired = db.fetchExists(TABLES.get(kind), id(kind).eq(key).and(retiredAt.isNotNull()));
    if (retired) {
      throw new RuleViolation("RETIRED", kind.typeName() + " is retired already").at("id");
    }
    claim(db, kind, key, expected, Map.of(retiredAt, DSL.currentOffsetDateTime()));
  }

  private static RuleViolation refusal(DSLContext db, RecordKind kind, long key, long expected) {
    Long current =
        db.select(version(kind))
            .from(TABLES.get(kind))
            .where(id(kind).eq(key))
            .fetchOne(0, Long.class);
    if (current == null) {
      return new RuleViolation("NOT_FOUND", "there is no " + kind.typeName() + " with this ID")
          .at("id");
    }
    if (expected > current) {
      return new RuleViolation(
              "CONFLICT",
              kind.typeName()
                  + " is at version "
                  + current
                  + "; version "
                  + expected
                  + " does not exist yet")
          .at("version");
    }
    return new RuleViolation(
            "CONFLICT",
            kind.typeName()
                + " changed since version "
                + expected
                + " (now "
                + current
                + "): "
                + changesSince(db, kind, key, expected))
        .at("version");
  }

  /**
   * Who changed what after {@code expected}, from the audit trail: the record's own fields by name,
   * its parts by the table that holds them.
   */
  private static String changesSince(DSLContext db, RecordKind kind, long key, long expected) {
    String own = TABLES.get(kind).getName();
    Field<Long> transactionsAfter =
        DSL.field(
            "(select min(e.transaction_id) from audit_event e"
                + " where e.subject_type = {0} and e.subject_id = {1} and e.table_name = {2}"
                + " and e.operation = 'UPDATE' and (e.after ->> 'version')::bigint > {3})",
            SQLDataType.BIGINT,
            DSL.val(kind.typeName()),
            DSL.val(key),
            DSL.val(own),
            DSL.val(expected));
    Field<String> what =
        DSL.field(
            "case when {0} = {1} and {2} = 'UPDATE' then (select string_agg(k, ', ' order by k)"
                + " from jsonb_object_keys({3}) k where {3} -> k is distinct from {4} -> k"
                + " and k not in ('version', 'updated_at')) else {0} end",
            SQLDataType.VARCHAR,
            AUDIT_EVENT.TABLE_NAME,
            DSL.val(own),
            AUDIT_EVENT.OPERATION,
            AUDIT_EVENT.AFTER,
            AUDIT_EVENT.BEFORE);
    List<String> lines =
        db.select(AUDIT_EVENT.ACTOR, AUDIT_EVENT.AT, what)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.SUBJECT_TYPE.eq(kind.typeName()))
            .and(AUDIT_EVENT.SUBJECT_ID.eq(key))
            .and(AUDIT_EVENT.TRANSACTION_ID.ge(transactionsAfter))
            // A change of a record's parts only touches its own row: the parts say what changed.
            .and(what.isNotNull())
            .orderBy(AUDIT_EVENT.ID)
            .fetch(row -> row.value1() + " at " + row.value2().toInstant() + ": " + row.value3());
    return lines.stream().distinct().collect(Collectors.joining("; "));
  }
}
