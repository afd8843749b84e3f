package org.entente.api;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
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
}
