package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.TOPIC;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Topics with all their sub-topics: a filter on "connectivity" also finds the Middle Corridor. */
final class TopicTrees {

  private TopicTrees() {}

  static Select<Record1<Long>> withSubtopics(Collection<String> codes) {
    Field<Long> id = DSL.field(DSL.name("subtree", "id"), Long.class);
    CommonTableExpression<Record1<Long>> subtree =
        DSL.name("subtree")
            .fields("id")
            .as(
                select(TOPIC.ID)
                    .from(TOPIC)
                    .where(TOPIC.CODE.in(codes))
                    .union(
                        select(TOPIC.ID)
                            .from(TOPIC)
                            .join(DSL.table(DSL.name("subtree")))
                            .on(TOPIC.PARENT_ID.eq(id))));
    return DSL.withRecursive(subtree).select(id).from(subtree);
  }
}
