package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.TOPIC;
import static org.entente.persistence.jooq.Tables.TOPIC_ALIAS;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** The topic hierarchy in PostgreSQL. */
final class JooqTopics implements Topics {

  static final SelectField<Topic> TOPIC_ROW =
      DSL.row(
              TOPIC.ID,
              TOPIC.CODE,
              TOPIC.NAME,
              TOPIC.PARENT_ID,
              multiset(
                      select(TOPIC_ALIAS.ALIAS)
                          .from(TOPIC_ALIAS)
                          .where(TOPIC_ALIAS.TOPIC_ID.eq(TOPIC.ID))
                          .orderBy(TOPIC_ALIAS.ALIAS))
                  .convertFrom(rows -> rows.map(Record1::value1)))
          .mapping(
              (id, code, name, parent, aliases) ->
                  new Topic(
                      new TopicId(id),
                      code,
                      name,
                      parent == null ? null : new TopicId(parent),
                      aliases));

  private final DSLContext db;

  JooqTopics(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<TopicId, Topic> byIds(Collection<TopicId> ids) {
    return Columns.byIds(db, TOPIC_ROW, TOPIC, TOPIC.ID, ids, TopicId::value, Topic::id);
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
    return db
        .select(TOPIC_ROW)
        .from(TOPIC)
        .where(TOPIC.PARENT_ID.in(parents.stream().map(TopicId::value).toList()))
        .orderBy(TOPIC.NAME)
        .fetch(Record1::value1)
        .stream()
        .collect(Collectors.groupingBy(Topic::parentId));
  }

  @Override
  public Page<Topic> page(PageRequest request) {
    return Columns.pageById(db, TOPIC_ROW, TOPIC, TOPIC.ID, DSL.noCondition(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(TOPIC);
  }
}
