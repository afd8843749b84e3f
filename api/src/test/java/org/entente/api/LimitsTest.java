package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import reactor.core.publisher.Flux;

/** The limits that keep one request from taking the server down. */
@ApiTest
class LimitsTest {

  /**
   * Can return a page of 100 parties, each with 10 meetings (the size assumed for a list), each
   * with 10 participants and their person, each with 10 meetings with 10 participants and their
   * person: 1 + 100 + 1,000 + 2 × 10,000 + 100,000 + 2 × 1,000,000 objects.
   */
  private static final String COSTLY =
      "{ parties(first: 100) { nodes { meetings { participants { person { meetings {"
          + " participants { person { name } } } } } } } } }";

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired StatementCounter statements;

  @Test
  void aDocumentDeeperThanTheLimit_isRefusedBeforeItRuns() {
    String deep =
        "{ parties(first: 1) { nodes { meetings { participants { person { tenures { office { party"
            + " { offices { tenures { office { party { name } } } } } } } } } } } } }";
    String body = api.post(Map.of("query", deep), HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("DEPTH_LIMIT_EXCEEDED");
    assertThat(Responses.message(body)).contains("maximum query depth exceeded 13 > 12");
  }

  @Test
  void aDocumentCostingMoreThanTheLimit_isRefusedBeforeAnySqlRuns() {
    statements.reset();
    String body = api.post(Map.of("query", COSTLY), HttpStatus.OK);
    assertThat(statements.count()).isZero();
    assertThat(Responses.code(body)).isEqualTo("COST_LIMIT_EXCEEDED");
    assertThat(Responses.message(body))
        .startsWith("The document costs 2121101, more than the limit of 1000000");
    assertThat(Responses.json(body)).doesNotContainKey("data");
    assertThat(Responses.json(body))
        .extractingByKey("extensions")
        .isEqualTo(Map.of("cost", Map.of("requested", 2_121_101, "limit", 1_000_000)));
  }

  @Test
  void fiveDossierExportsInOneDocument_costMoreThanTheLimit_andNoneRuns() {
    String kazakhstan = api.partyId("ISO_3166_ALPHA2", "KZ");
    String fourExports =
        "query($kz: ID!) { a: dossier(parties: [$kz]) b: dossier(parties: [$kz])"
            + " c: dossier(parties: [$kz]) d: dossier(parties: [$kz]) }";
    api.graphQl().document(fourExports).variable("kz", kazakhstan).execute().errors().verify();

    statements.reset();
    String body =
        api.post(
            Map.of(
                "query",
                fourExports.replace(" }", " e: dossier(parties: [$kz]) }"),
                "variables",
                Map.of("kz", kazakhstan)),
            HttpStatus.OK);
    assertThat(statements.count()).isZero();
    assertThat(Responses.code(body)).isEqualTo("COST_LIMIT_EXCEEDED");
  }

  @Test
  void theCostIsComputedWithTheVariables() {
    String body =
        api.post(
            Map.of(
                "query",
                "query($n: Int) { parties(first: $n) { nodes { name } } }",
                "variables",
                Map.of("n", 2)),
            HttpStatus.OK);
    assertThat(Responses.json(body))
        .extractingByKey("extensions")
        .isEqualTo(Map.of("cost", Map.of("requested", 3, "limit", 1_000_000)));
  }

  @Test
  void everyResponse_reportsItsCost_evenOneRefusedBeforeItCouldBeCosted() {
    String body = api.post(Map.of("query", "{ parties(first: "), HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("PARSE_ERROR");
    assertThat(Responses.json(body))
        .extractingByKey("extensions")
        .isEqualTo(Map.of("cost", Map.of("requested", 0, "limit", 1_000_000)));
  }

  @Test
  void aDocumentOfTooManyTokens_isRefusedWhileItIsParsed() {
    String many = "{ " + "a: __typename ".repeat(1_100) + "}";
    String body = api.post(Map.of("query", many), HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("PARSE_ERROR");
    assertThat(Responses.message(body)).contains("More than 3,000 'grammar' tokens");
  }

  @Test
  void aDocumentOfTooManyCharacters_isRefusedWhileItIsParsed() {
    String body = api.post(Map.of("query", "{ __typename }" + " ".repeat(60_000)), HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("PARSE_ERROR");
    assertThat(Responses.message(body)).contains("More than 50,000 characters");
  }

  @Test
  void aBodyDeclaredLargerThanTheLimit_isRefusedWith413() {
    String body =
        api.post(
            Map.of("query", "{ __typename }" + " ".repeat(110_000)), HttpStatus.CONTENT_TOO_LARGE);
    assertThat(Responses.code(body)).isEqualTo("REQUEST_TOO_LARGE");
    assertThat(Responses.message(body))
        .isEqualTo("The request body is larger than the limit of 102400 bytes");
  }

  @Test
  void aChunkedBodyLargerThanTheLimit_isRefusedWith413_oncePastTheLimit() {
    byte[] chunk = " ".repeat(10_000).getBytes();
    String body =
        api.http()
            .post()
            .uri("/graphql")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Flux.range(0, 20).map(i -> chunk), byte[].class)
            .exchange()
            .expectStatus()
            .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(Responses.code(body)).isEqualTo("REQUEST_TOO_LARGE");
  }

  @Test
  void aBodyWithinTheLimit_isServed() {
    String body =
        api.post(
            Map.of(
                "query",
                "{ parties(first: 1) { totalCount } }",
                "extensions",
                Map.of("padding", " ".repeat(100_000))),
            HttpStatus.OK);
    assertThat(Responses.json(body)).containsKey("data").doesNotContainKey("errors");
  }

  @Test
  void everyConnection_hasTheStatementTimeout() {
    assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("5s");
  }

  @Test
  void everyConnection_plansForARecordHeldInMemory() {
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
  }
}
