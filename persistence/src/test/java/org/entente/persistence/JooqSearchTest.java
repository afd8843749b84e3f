package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.search.SearchText;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
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
}
