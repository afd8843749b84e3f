package org.entente.api.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Queries over GET, as GraphQL over HTTP defines them: answered as the same POST would be, with
 * JSON-encoded variables; a mutation only over POST.
 */
@ApiTest
class GraphQlOverGetTest {

  private static final String KAZAKHSTAN =
      "query Party($s: String!, $v: String!) { party(identifier: {scheme: $s, value: $v}) { name } }";

  @Autowired Api api;

  private WebTestClient.ResponseSpec get(Map<String, String> parameters) {
    return api.http()
        .get()
        .uri(
            uri -> {
              UriBuilder builder = uri.path("/graphql");
              // Encoded as values, so that braces and quotes reach the server intact.
              parameters.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
              return builder.build(parameters);
            })
        .accept(MediaType.APPLICATION_JSON)
        .exchange();
  }

  @Test
  void aQueryOverGet_isAnsweredAsTheSamePostWouldBe() {
    String overPost =
        api.http()
            .post()
            .uri("/graphql")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("query", "{ parties { totalCount } }"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    get(Map.of("query", "{ parties { totalCount } }"))
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .json(overPost);
  }

  @Test
  void variablesOverGet_areAJsonObject_andTheOperationIsChosenByName() {
    get(Map.of(
            "query",
            KAZAKHSTAN + " query Other { __typename }",
            "operationName",
            "Party",
            "variables",
            "{\"s\": \"ISO_3166_ALPHA2\", \"v\": \"KZ\"}"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.party.name")
        .isEqualTo("Republic of Kazakhstan");
  }

  @Test
  void aMutationOverGet_isRefusedWith405_andAllowsPost() {
    get(Map.of("query", "mutation { __typename }"))
        .expectStatus()
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
        .expectHeader()
        .valueEquals("Allow", HttpMethod.POST.name())
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void aMutationChosenByName_isRefused_whileTheQueryBesideItRuns() {
    String document = "query Read { __typename } mutation Write { __typename }";
    get(Map.of("query", document, "operationName", "Write"))
        .expectStatus()
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    get(Map.of("query", document, "operationName", "Read"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.__typename")
        .isEqualTo("Query");
    // Sent again, each is still told apart: the verdict is kept per operation, not per document.
    get(Map.of("query", document, "operationName", "Write"))
        .expectStatus()
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    get(Map.of("query", document, "operationName", "Read")).expectStatus().isOk();
  }

  @Test
  void variablesThatAreNotAJsonObject_areRefusedWith400() {
    for (String variables : new String[] {"{\"s\": ", "[1, 2]", "\"KZ\""}) {
      get(Map.of("query", KAZAKHSTAN, "variables", variables))
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].message")
          .value(message -> assertThat((String) message).contains("variables"));
    }
  }

  @Test
  void aGetWithoutAQuery_isRefusedWith400() {
    get(Map.of("operationName", "Party")).expectStatus().isBadRequest();
  }
}
