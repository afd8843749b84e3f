package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.persistence.jooq.Tables.TOPIC;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.domain.topic.TopicId;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** A query rendered once: each call binds its own values where the shape had them. */
class PrerenderedTest {

  private final DSLContext db = TestDatabase.shared().migrated();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private long topic(String code, String name) {
    return db.insertInto(TOPIC, TOPIC.CODE, TOPIC.NAME)
        .values(code + "-" + run, name)
        .returning(TOPIC.ID)
        .fetchSingle(TOPIC.ID);
  }

  private static List<String> codes(List<? extends Record> records) {
    return records.stream().map(record -> record.get(0, String.class)).sorted().toList();
  }

  @Test
  void eachCall_bindsItsOwnValues_besideTheShapesOwn() {
    long trade = topic("trade", "Trade");
    long visas = topic("visas", "Visas");
    long energy = topic("energy", "Hidden");
    Prerendered<?> query =
        new Prerendered<>(
            context ->
                context
                    .select(TOPIC.CODE)
                    .from(TOPIC)
                    .where(TOPIC.NAME.ne("Hidden"))
                    .and(TOPIC.ID.eq(DSL.any(DSL.param("ids", Long[].class))))
                    .and(TOPIC.CODE.ne(DSL.inline("never"))));

    assertThat(codes(query.fetch(db, Map.of("ids", new Long[] {trade, visas}))))
        .containsExactly("trade-" + run, "visas-" + run);
    // The shape's own value ("Hidden") still binds before the call's, in its place.
    assertThat(codes(query.fetch(db, Map.of("ids", new Long[] {visas, energy}))))
        .containsExactly("visas-" + run);
    assertThat(query.fetch(db, Map.of("ids", new Long[] {}))).isEmpty();
  }

  @Test
  void aParameterUsedTwice_bindsAtBothPlaces() {
    long alpha = topic("alpha", "Alpha");
    long named = topic("beta", "alpha-" + run);
    Param<String> text = DSL.param("text", String.class);
    Prerendered<Record1<Long>> query =
        new Prerendered<>(
            context ->
                context
                    .select(TOPIC.ID)
                    .from(TOPIC)
                    .where(TOPIC.CODE.eq(text).or(TOPIC.NAME.eq(text)))
                    .orderBy(TOPIC.ID));

    assertThat(query.fetch(db, Map.of("text", "alpha-" + run)))
        .extracting(Record1::value1)
        .containsExactly(alpha, named);
  }

  /**
   * PostgreSQL plans a prepared statement for its values five times, then keeps one generic plan if
   * that looks no more costly. A batch load must get there with the usual few ids, or it is planned
   * again on every call.
   */
  @Test
  void aBatchLoad_isPlannedOnce_notOnEveryCall() throws Exception {
    List<TopicId> topics =
        List.of(new TopicId(topic("planned", "Planned")), new TopicId(topic("once", "Once")));
    TestDatabase database = TestDatabase.shared();
    try (Connection connection =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      JooqTopics onOneConnection = new JooqTopics(DSL.using(connection, SQLDialect.POSTGRES));
      // pgjdbc prepares it on the server at its fifth run; PostgreSQL then decides.
      for (int call = 0; call < 20; call++) {
        assertThat(onOneConnection.byIds(topics)).containsOnlyKeys(topics);
      }

      Record2<Long, Long> plans =
          DSL.using(connection, SQLDialect.POSTGRES)
              .resultQuery(
                  "select generic_plans, custom_plans from pg_prepared_statements"
                      + " where statement like '%from \"topic\"%'")
              .coerce(DSL.field("generic_plans", Long.class), DSL.field("custom_plans", Long.class))
              .fetchSingle();
      assertThat(plans.value1()).as("calls run on the generic plan").isPositive();
      assertThat(plans.value2()).as("calls planned for their values").isLessThanOrEqualTo(5);
    }
  }
}
