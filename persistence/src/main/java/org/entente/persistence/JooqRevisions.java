package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.domain.revision.Change;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.revision.Revision;
import org.entente.domain.revision.Revisions;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Versions from the records' own rows; histories from the audit trail the database writes. A record
 * removed since (a statement) answers the version it had when it was removed, from its last row in
 * the audit trail, so that a mutation can answer the last state of what it removed.
 */
final class JooqRevisions implements Revisions {

  private final DSLContext db;

  JooqRevisions(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<Long, Revision> of(RecordKind kind, Collection<Long> keys) {
    Table<?> table = Versions.TABLES.get(kind);
    Field<Long> id = Versions.id(kind);
    Field<OffsetDateTime> updatedAt = table.field("updated_at", OffsetDateTime.class);
    // Meetings, statements, negotiations and agreements are corrected, never retired.
    Field<OffsetDateTime> retiredAt =
        table.field("retired_at") == null
            ? DSL.inline(null, SQLDataType.TIMESTAMPWITHTIMEZONE)
            : table.field("retired_at", OffsetDateTime.class);
    Map<Long, Revision> found =
        new HashMap<>(
            db.select(id, Versions.version(kind), updatedAt, retiredAt)
                .from(table)
                .where(id.in(keys))
                .fetchMap(
                    row -> row.value1(),
                    row ->
                        new Revision(
                            row.value2(), row.value3().toInstant(), instant(row.value4()))));
    List<Long> removed = keys.stream().filter(key -> !found.containsKey(key)).toList();
    if (!removed.isEmpty()) {
      found.putAll(removed(kind, removed));
    }
    return found;
  }

  /** The revisions that records had when they were removed, from the rows the deletes left. */
  private Map<Long, Revision> removed(RecordKind kind, Collection<Long> keys) {
    Field<Long> version =
        DSL.field("({0} ->> 'version')::bigint", SQLDataType.BIGINT, AUDIT_EVENT.BEFORE);
    Field<OffsetDateTime> updatedAt =
        DSL.field(
            "({0} ->> 'updated_at')::timestamptz",
            SQLDataType.TIMESTAMPWITHTIMEZONE, AUDIT_EVENT.BEFORE);
    Field<OffsetDateTime> retiredAt =
        DSL.field(
            "({0} ->> 'retired_at')::timestamptz",
            SQLDataType.TIMESTAMPWITHTIMEZONE, AUDIT_EVENT.BEFORE);
    return db.select(AUDIT_EVENT.SUBJECT_ID, version, updatedAt, retiredAt)
        .from(AUDIT_EVENT)
        .where(AUDIT_EVENT.SUBJECT_TYPE.eq(kind.typeName()))
        .and(AUDIT_EVENT.SUBJECT_ID.in(keys))
        .and(AUDIT_EVENT.TABLE_NAME.eq(Versions.TABLES.get(kind).getName()))
        .and(AUDIT_EVENT.OPERATION.eq(Change.Operation.DELETE.name()))
        .fetchMap(
            row -> row.value1(),
            row -> new Revision(row.value2(), row.value3().toInstant(), instant(row.value4())));
  }

  @Override
  public Map<Long, List<Change>> history(RecordKind kind, Collection<Long> keys) {
    return db
        .selectFrom(AUDIT_EVENT)
        .where(AUDIT_EVENT.SUBJECT_TYPE.eq(kind.typeName()))
        .and(AUDIT_EVENT.SUBJECT_ID.in(keys))
        .orderBy(AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.ID)
        .fetch()
        .stream()
        .collect(
            Collectors.groupingBy(
                event -> event.getSubjectId(),
                Collectors.mapping(
                    event ->
                        new Change(
                            event.getId(),
                            event.getAt().toInstant(),
                            event.getTransactionId(),
                            event.getActor(),
                            event.getTableName(),
                            Change.Operation.valueOf(event.getOperation()),
                            text(event.getBefore()),
                            text(event.getAfter())),
                    Collectors.toList())));
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static String text(JSONB json) {
    return json == null ? null : json.data();
  }
}
