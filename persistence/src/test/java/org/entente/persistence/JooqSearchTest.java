package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
