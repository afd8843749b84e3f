package org.entente.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowingConsumer;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients of the running server: GraphQL over HTTP, and plain HTTP for pages and assets. */
@TestComponent
public class Api implements SmartInitializingSingleton {

  private final Environment environment;
  private final ApiKeys apiKeys;
  private final Map<Role, String> tokens = new EnumMap<>(Role.class);

  Api(Environment environment, ApiKeys apiKeys) {
    this.environment = environment;
    this.apiKeys = apiKeys;
  }

  /** The server's address, known once it has started. */
  private String base() {
    return "http://localhost:" + environment.getRequiredProperty("local.server.port");
  }

  public HttpGraphQlTester graphQl() {
    return HttpGraphQlTester.create(http().mutate().baseUrl(base() + "/graphql").build());
  }

  /** GraphQL over HTTP with {@code Authorization: Bearer <token>}. */
  public HttpGraphQlTester graphQl(String token) {
    return graphQl().mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
  }

  /**
   * One key for each role, made as the application starts: made later, it would change the database
   * between a test's fingerprints of it.
   */
  @Override
  public void afterSingletonsInstantiated() {
    for (Role role : Role.values()) {
      tokens.put(role, newToken(role));
    }
  }

  /** GraphQL over HTTP with the key of the role. */
  public HttpGraphQlTester graphQl(Role role) {
    return graphQl(tokens.get(role));
  }

  /** A new key of the role, named after it and unique, and its token. */
  public ApiKeys.Created newKey(Role role) {
    return apiKeys.create(
        role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID(), role, null);
  }

  public String newToken(Role role) {
    return newKey(role).token().value();
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

  /** The response has exactly one error, which meets the requirements. */
  public static Consumer<List<ResponseError>> onlyError(
      ThrowingConsumer<ResponseError> requirements) {
    return errors -> Assertions.assertThat(errors).singleElement().satisfies(requirements);
  }

  /** A global ID as the API makes them: base64url, without padding, of "Type:key". */
  public static String globalId(String type, long key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** A well-formed ID of the type that names no record. */
  public static String missing(String type) {
    return globalId(type, 987_654_321);
  }

  /** The global ID of the party another system names so, e.g. ISO_3166_ALPHA2 "KZ". */
  public String partyId(String scheme, String value) {
    return partyId(graphQl(), scheme, value);
  }

  /** {@link #partyId(String, String)}, asked of any server. */
  public static String partyId(GraphQlTester graphQl, String scheme, String value) {
    return graphQl
        .document(
            "query($s: String!, $v: String!) { party(identifier: {scheme: $s, value: $v}) { id } }")
        .variable("s", scheme)
        .variable("v", value)
        .execute()
        .path("party.id")
        .entity(String.class)
        .get();
  }

  /**
   * A new international organisation, recorded by an editor and named {@code name} with a unique
   * suffix, so that no other test's lists hold it; its global ID.
   */
  public String newParty(String name) {
    return graphQl(Role.EDITOR)
        .document(
            "mutation($name: String!) { createParty(input: {kind: INTERNATIONAL_ORGANISATION,"
                + " name: $name}) { party { id } } }")
        .variable("name", name + " " + UUID.randomUUID())
        .execute()
        .path("createParty.party.id")
        .entity(String.class)
        .get();
  }

  /** A source of the demo dossier, to cite. */
  public static String source(GraphQlTester graphQl) {
    return graphQl
        .document("{ sources(first: 1) { nodes { id } } }")
        .execute()
        .path("sources.nodes[0].id")
        .entity(String.class)
        .get();
  }

  /**
   * Records an announced meeting of these parties, on an unknown date and citing the source, with
   * an editor's {@code graphQl}, and asserts that it was.
   */
  public static void createMeeting(
      GraphQlTester graphQl, String title, List<String> parties, String source) {
    graphQl
        .document(
            "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) {"
                + " userErrors { code } } }")
        .variable(
            "input",
            Map.of(
                "title",
                title,
                "kind",
                "BILATERAL_MEETING",
                "status",
                "ANNOUNCED",
                "date",
                "unknown",
                "parties",
                parties,
                "participants",
                List.of(),
                "citations",
                List.of(Map.of("source", source))))
        .execute()
        .path("createMeeting.userErrors")
        .entityList(Object.class)
        .hasSize(0);
  }
}
