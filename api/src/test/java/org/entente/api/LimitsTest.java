package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The limits that keep one request from taking the server down. */
@ApiTest
class LimitsTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDocumentDeeperThanTheLimit_isRefusedBeforeItRuns() {
    String deep =
        "{ parties(first: 1) { nodes { meetings { participants { person { tenures { office { party"
            + " { offices { tenures { office { party { name } } } } } } } } } } } } }";
    api.graphQl()
        .document(deep)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(
                        error ->
                            assertThat(error.getMessage())
                                .contains("maximum query depth exceeded")));
  }

  @Test
  void everyConnection_hasTheStatementTimeout() {
    assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("5s");
  }
}
