package org.entente.api.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.entente.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The GraphQL endpoint passes graphql-http's server audit, the conformance checks of the GraphQL
 * over HTTP specification, run by the real client from {@code src/test/js} against the running
 * server: every MUST and SHOULD, and GET for queries.
 */
@ApiTest
class GraphQlOverHttpAuditTest {

  @Value("${local.server.port}")
  int port;

  @Test
  void everyMustAndShouldAudit_andGetForQueries_pass() {
    NodeScripts.Run audit =
        NodeScripts.run(
            Duration.ofMinutes(2),
            "graphql-over-http-audit.mjs",
            "http://localhost:" + port + "/graphql");

    assertThat(audit.exitCode()).as("the audit's report:%n%s", audit.output()).isZero();
    assertThat(audit.output()).contains("Every required audit passed.");
  }
}
