package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.domain.search.SearchHit;
import org.entente.domain.search.SearchText;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** How a search reaches PostgreSQL. */
class JooqSearchTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  @Test
  void eachSearch_isOneStatementWithItsWordsWrittenIn_soThatItIsPlannedForThem() {
    List<String> statements = new ArrayList<>();
    DSLContext listened =
        db.configuration()
            .derive(ExecuteListener.onExecuteStart(context -> statements.add(context.sql())))
            .dsl();

    JooqPorts.search(listened).find(SearchText.of("hydrogen corridor"), 5);

    assertThat(statements)
        .singleElement()
        .satisfies(
            sql ->
                assertThat(sql)
                    .contains("to_tsquery('english', 'hydrogen | corridor')")
                    .contains("'hydrogen' <% ")
                    .doesNotContain("?"));
  }

  /**
   * Among a few thousand people, a name spelt alike is looked up in the name's trigram index; with
   * pg_trgm's own cost for its operators, the planner tested every name instead (0008).
   */
  @Test
  void aNameSpeltAlike_isLookedUpInTheTrigramIndex_amongAFewThousandPeople() {
    List<String> statements = new ArrayList<>();
    JooqPorts.search(
            db.configuration()
                .derive(ExecuteListener.onExecuteStart(context -> statements.add(context.sql())))
                .dsl())
        .find(SearchText.of("Kalla"), 5);

    String plan =
        db.connectionResult(
            connection -> {
              connection.setAutoCommit(false);
              try {
                DSLContext transaction = DSL.using(connection, SQLDialect.POSTGRES);
                transaction.execute(
                    "insert into person (name) select 'Person ' || n from generate_series(1, 3000) n");
                transaction.execute("analyze person");
                return String.join(
                    "\n",
                    transaction.fetch("explain " + statements.get(0)).getValues(0, String.class));
              } finally {
                connection.rollback();
                connection.setAutoCommit(true);
              }
            });

    assertThat(plan).contains("person_name_trgm_idx").doesNotContain("Seq Scan on person ");
  }

  /**
   * Where the application's role may not price pg_trgm's operators (0008), as on a managed
   * database, the schema still migrates, the operators keep pg_trgm's price, and search finds.
   */
  @Test
  void whereTheApplicationMayNotPriceTrigramOperators_theSchemaStillMigrates_andSearchFinds() {
    String role = "entente_plain_" + UUID.randomUUID().toString().substring(0, 8);
    db.execute("create role " + role + " login password 'plain'");
    TestDatabase owned = TestDatabase.freshOwnedBy(role, "plain");
    try {
      DSLContext plain = owned.migrated();
      plain.execute("insert into person (name) values ('Kaja Kallas')");

      assertThat(
              plain.fetchValue(
                  "select procost from pg_proc where proname = 'word_similarity_op'", Float.class))
          .isEqualTo(1f);
      assertThat(JooqPorts.search(plain).find(SearchText.of("Kalla"), 5))
          .extracting(SearchHit::kind, SearchHit::snippet)
          .contains(tuple(SearchHit.Kind.PERSON, "Kaja «Kallas»"));
    } finally {
      owned.drop();
      db.execute("drop role " + role);
    }
  }
}
