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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.domain.RuleViolation;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
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
   * Locks the row of a record one of whose parts, kept as a record of its own, changes (the meeting
   * of a statement) and raises its version, once per edit: a row this transaction has written
   * already is only locked. With {@code expected}, the record must still be at that version. A
   * refusal names the input fields {@code idField} and {@code versionField}.
   */
  static void touch(
      DSLContext db,
      RecordKind kind,
      long key,
      OptionalLong expected,
      String idField,
      String versionField) {
    Record2<Long, Boolean> row =
        db.select(
                version(kind),
                // xmin is the transaction that wrote the row's current version.
                DSL.field("xmin = pg_current_xact_id()::xid", SQLDataType.BOOLEAN))
            .from(TABLES.get(kind))
            .where(id(kind).eq(key))
            .forUpdate()
            .fetchOne();
    if (row == null) {
      throw new RuleViolation(
              "UNKNOWN_REFERENCE", "there is no " + kind.typeName() + " with this ID")
          .at(idField);
    }
    if (expected.isPresent() && expected.getAsLong() != row.value1()) {
      RuleViolation stale = refusal(db, kind, key, expected.getAsLong());
      throw new RuleViolation(stale.code(), stale.getMessage()).at(versionField);
    }
    if (!row.value2()) {
      claim(db, kind, key, row.value1(), Map.of());
    }
  }

  /** Deletes the record if it is still at {@code expected}; its parts go with it. */
  static void remove(DSLContext db, RecordKind kind, long key, long expected) {
    int deleted =
        db.deleteFrom(TABLES.get(kind))
            .where(id(kind).eq(key))
            .and(version(kind).eq(expected))
            .execute();
    if (deleted == 0) {
      throw refusal(db, kind, key, expected);
    }
  }

  /**
   * Locks the record's row for the rest of the transaction if it is still at {@code expected},
   * refused as {@link #claim} refuses otherwise: a change that checks rules against the record's
   * neighbours first (other tenures of an office, a topic's ancestors) learns of a stale version
   * before anything else, and no concurrent change slips in before its {@link #claim}.
   */
  static void hold(DSLContext db, RecordKind kind, long key, long expected) {
    Long current =
        db.select(version(kind))
            .from(TABLES.get(kind))
            .where(id(kind).eq(key))
            .forUpdate()
            .fetchOne(0, Long.class);
    if (current == null || current != expected) {
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

  /**
   * Retires the record if it is still at {@code expected} and not retired already: one statement,
   * and only a refusal looks for why.
   */
  static void retire(DSLContext db, RecordKind kind, long key, long expected) {
    Field<OffsetDateTime> retiredAt = TABLES.get(kind).field("retired_at", OffsetDateTime.class);
    int updated =
        db.update(TABLES.get(kind))
            .set(retiredAt, DSL.currentOffsetDateTime())
            .where(id(kind).eq(key))
            .and(version(kind).eq(expected))
            .and(retiredAt.isNull())
            .execute();
    if (updated == 0) {
      if (db.fetchExists(TABLES.get(kind), id(kind).eq(key).and(retiredAt.isNotNull()))) {
        throw new RuleViolation("RETIRED", kind.typeName() + " is retired already").at("id");
      }
      throw refusal(db, kind, key, expected);
    }
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
   * its parts by the table that holds them, and the records kept apart that the same edits changed
   * (a meeting's statements) by theirs.
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
    var ofRecord =
        AUDIT_EVENT
            .SUBJECT_TYPE
            .eq(kind.typeName())
            .and(AUDIT_EVENT.SUBJECT_ID.eq(key))
            .and(AUDIT_EVENT.TRANSACTION_ID.ge(transactionsAfter));
    // A row of the record's own table updated with no field of its own changed was only touched
    // for a change of its parts, which the lines of the parts say.
    Field<String> what =
        DSL.field(
            "case when {0} = {1} and {2} = 'UPDATE' and {5} = {6} and {7} = {8}"
                + " then (select string_agg(k, ', ' order by k)"
                + " from jsonb_object_keys({3}) k where {3} -> k is distinct from {4} -> k"
                + " and k not in ('version', 'updated_at')) else {0} end",
            SQLDataType.VARCHAR,
            AUDIT_EVENT.TABLE_NAME,
            DSL.val(own),
            AUDIT_EVENT.OPERATION,
            AUDIT_EVENT.AFTER,
            AUDIT_EVENT.BEFORE,
            AUDIT_EVENT.SUBJECT_TYPE,
            DSL.val(kind.typeName()),
            AUDIT_EVENT.SUBJECT_ID,
            DSL.val(key));
    // One line per edit: who, when, and what it changed.
    Map<String, Set<String>> edits = new LinkedHashMap<>();
    db.select(AUDIT_EVENT.ACTOR, AUDIT_EVENT.AT, what)
        .from(AUDIT_EVENT)
        .where(
            AUDIT_EVENT.ID.ge(
                DSL.select(DSL.min(AUDIT_EVENT.ID)).from(AUDIT_EVENT).where(ofRecord)))
        .and(
            AUDIT_EVENT.TRANSACTION_ID.in(
                DSL.select(AUDIT_EVENT.TRANSACTION_ID).from(AUDIT_EVENT).where(ofRecord)))
        .orderBy(AUDIT_EVENT.ID)
        .forEach(
            row -> {
              if (row.value3() != null) {
                edits
                    .computeIfAbsent(
                        row.value1() + " at " + row.value2().toInstant(),
                        edit -> new LinkedHashSet<>())
                    .add(row.value3());
              }
            });
    return edits.isEmpty()
        ? "no field of its own"
        : edits.entrySet().stream()
            .map(edit -> edit.getKey() + ": " + String.join(", ", edit.getValue()))
            .collect(Collectors.joining("; "));
  }
}
