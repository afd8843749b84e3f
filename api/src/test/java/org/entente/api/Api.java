package org.entente.api;

import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients of the running server: GraphQL over HTTP, and plain HTTP for pages and assets. */
@TestComponent
public class Api {

  private final Environment environment;

  Api(Environment environment) {
    this.environment = environment;
  }

  /** The server's address, known once it has started. */
  private String base() {
    return "http://localhost:" + environment.getRequiredProperty("local.server.port");
  }

  public HttpGraphQlTester graphQl() {
    return HttpGraphQlTester.create(http().mutate().baseUrl(base() + "/graphql").build());
  }

  public WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl(base()).build();
  }

  /** The body of a JSON POST to /graphql, once its status is asserted. */
  public String post(Object body, HttpStatus status) {
    return http()
        .post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  /** The body of a GET of /graphql with these parameters, once its status is asserted. */
  public String get(Map<String, String> parameters, HttpStatus status) {
    return http()
        .get()
        .uri(
            uri -> {
              parameters.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
              return uri.path("/graphql").build(parameters);
            })
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  /** The global ID of the party another system names so, e.g. ISO_3166_ALPHA2 "KZ". */
  public String partyId(String scheme, String value) {
    return graphQl()
        .document(
            "query($s: String!, $v: String!) { party(identifier: {scheme: $s, value: $v}) { id } }")
        .variable("s", scheme)
        .variable("v", value)
        .execute()
        .path("party.id")
        .entity(String.class)
        .get();
  }
}
