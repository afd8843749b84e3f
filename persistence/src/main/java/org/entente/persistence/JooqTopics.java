package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.TOPIC;
import static org.entente.persistence.jooq.Tables.TOPIC_ALIAS;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicHierarchy;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/** The topic hierarchy in PostgreSQL. */
final class JooqTopics implements Topics {

  /** Deeper than any topic tree on record; a bound for walking up one. */
  private static final int MAX_DEPTH = 100;

  static final Field<Topic> TOPIC_ROW =
      JsonRows.row(
          DSL.row(
              TOPIC.ID,
              TOPIC.CODE,
              TOPIC.NAME,
              TOPIC.PARENT_ID,
              JsonRows.list(
                  select(TOPIC_ALIAS.ALIAS)
                      .from(TOPIC_ALIAS)
                      .where(TOPIC_ALIAS.TOPIC_ID.eq(TOPIC.ID))
                      .orderBy(TOPIC_ALIAS.ALIAS))),
          (id, code, name, parent, aliases) ->
              new Topic(
                  new TopicId(id),
                  code,
                  name,
                  parent == null ? null : new TopicId(parent),
                  aliases));

  private static final Prerendered<Record1<Topic>> CHILDREN =
      Columns.byKey(TOPIC_ROW, TOPIC.PARENT_ID, TOPIC.RETIRED_AT.isNull(), List.of(TOPIC.NAME));

  private static final Prerendered<Record1<Topic>> BY_ID = Columns.byId(TOPIC_ROW, TOPIC.ID);

  private final DSLContext db;

  JooqTopics(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<TopicId, Topic> byIds(Collection<TopicId> ids) {
    return Columns.byIds(db, BY_ID, ids, TopicId::value, Topic::id);
  }

  @Override
  public Optional<Topic> byCode(String code) {
    return db.select(TOPIC_ROW)
        .from(TOPIC)
        .where(TOPIC.CODE.eq(code))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Map<TopicId, List<Topic>> childrenOf(Collection<TopicId> parents) {
    return Columns.fetch(db, CHILDREN, parents, TopicId::value).stream()
        .collect(Collectors.groupingBy(Topic::parentId));
  }

  @Override
  public Page<Topic> page(PageRequest request) {
    return Columns.pageById(db, TOPIC_ROW, TOPIC, TOPIC.ID, TOPIC.RETIRED_AT.isNull(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(TOPIC, TOPIC.RETIRED_AT.isNull());
  }

  @Override
  public TopicId add(Topic topic) {
    if (topic.parentId() != null) {
      References.require(db, RecordKind.TOPIC, topic.parentId().value(), "parent");
    }
    long id = db.insertInto(TOPIC).set(columns(topic)).returning(TOPIC.ID).fetchSingle(TOPIC.ID);
    writeAliases(id, topic.aliases());
    return new TopicId(id);
  }

  @Override
  public void replace(Topic topic, long version) {
    long id = topic.id().value();
    Versions.hold(db, RecordKind.TOPIC, id, version);
    Topic current = byIds(List.of(topic.id())).get(topic.id());
    if (topic.parentId() != null && !topic.parentId().equals(current.parentId())) {
      References.require(db, RecordKind.TOPIC, topic.parentId().value(), "parent");
      TopicHierarchy.checkNoCycle(topic, chainFrom(topic.parentId()));
    }
    Versions.claim(db, RecordKind.TOPIC, id, version, columns(topic));
    db.deleteFrom(TOPIC_ALIAS)
        .where(TOPIC_ALIAS.TOPIC_ID.eq(id))
        .and(TOPIC_ALIAS.ALIAS.notIn(topic.aliases()))
        .execute();
    writeAliases(id, topic.aliases());
  }

  @Override
  public void retire(TopicId id, long version) {
    Versions.retire(db, RecordKind.TOPIC, id.value(), version);
  }

  private void writeAliases(long id, List<String> aliases) {
    for (String alias : aliases) {
      db.insertInto(TOPIC_ALIAS)
          .set(TOPIC_ALIAS.TOPIC_ID, id)
          .set(TOPIC_ALIAS.ALIAS, alias)
          .onConflictDoNothing()
          .execute();
    }
  }

  /** The topic and its ancestors up to the root, nearest first, in one recursive statement. */
  private List<Topic> chainFrom(TopicId topic) {
    Field<Long> id = DSL.field(DSL.name("chain", "id"), Long.class);
    Field<Long> parent = DSL.field(DSL.name("chain", "parent_id"), Long.class);
    Field<Integer> depth = DSL.field(DSL.name("chain", "depth"), Integer.class);
    // Depth stops a cycle already on record (none should be) from running forever.
    CommonTableExpression<Record3<Long, Long, Integer>> chain =
        DSL.name("chain")
            .fields("id", "parent_id", "depth")
            .as(
                select(TOPIC.ID, TOPIC.PARENT_ID, DSL.inline(0))
                    .from(TOPIC)
                    .where(TOPIC.ID.eq(topic.value()))
                    .unionAll(
                        select(TOPIC.ID, TOPIC.PARENT_ID, depth.plus(1))
                            .from(TOPIC)
                            .join(DSL.table(DSL.name("chain")))
                            .on(TOPIC.ID.eq(parent))
                            .where(depth.lt(MAX_DEPTH))));
    return db.withRecursive(chain)
        .select(TOPIC_ROW)
        .from(chain)
        .join(TOPIC)
        .on(TOPIC.ID.eq(id))
        .orderBy(depth)
        .fetch(Record1::value1);
  }

  private static Map<Field<?>, Object> columns(Topic topic) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(TOPIC.CODE, topic.code());
    columns.put(TOPIC.NAME, topic.name());
    columns.put(TOPIC.PARENT_ID, topic.parentId() == null ? null : topic.parentId().value());
    return columns;
  }
}
