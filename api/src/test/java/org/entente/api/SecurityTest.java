package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.entente.domain.access.ApiKeyToken;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may do what, over HTTP: every kind of caller against every kind of operation. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

  enum Caller {
    ANONYMOUS,
    READER,
    EDITOR,
    ADMIN,
    EXPIRED,
    REVOKED,
    GARBAGE
  }

  enum Operation {
    READ("{ parties(first: 1) { totalCount } }", "parties", null),
    LIST_KEYS("{ apiKeys { name } }", "apiKeys", null),
    CREATE_KEY(
        "mutation($name: String!) { createApiKey(input: {name: $name, role: READER}) {"
            + " apiKey { name } userErrors { code } } }",
        "createApiKey",
        "select count(*) from api_key where name = ?");

    final String document;
    final String field;

    /** Counts the rows the operation writes for a name; null for a read. */
    final String written;

    Operation(String document, String field, String written) {
      this.document = document;
      this.field = field;
      this.written = written;
    }
  }

  enum Outcome {
    /** The field is answered. */
    ANSWERED,
    /** GraphQL answers null for the field, with an error of this code. */
    UNAUTHENTICATED,
    FORBIDDEN,
    /** HTTP refuses the request before GraphQL sees it. */
    HTTP_401
  }

  @Autowired Api api;
  @Autowired ApiKeys apiKeys;
  @Autowired JdbcTemplate jdbc;

  private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

  @BeforeAll
  void keys() {
    tokens.put(Caller.READER, api.newToken(Role.READER));
    tokens.put(Caller.EDITOR, api.newToken(Role.EDITOR));
    tokens.put(Caller.ADMIN, api.newToken(Role.ADMIN));
    ApiKeys.Created revoked = api.newKey(Role.ADMIN);
    apiKeys.revoke(revoked.apiKey().id());
    tokens.put(Caller.REVOKED, revoked.token().value());
    // Past expiries cannot be created through the port, rightly; the table takes them.
    ApiKeyToken expired = ApiKeyToken.generate();
    jdbc.update(
        "insert into api_key (name, role, token_hash, created_at, expires_at)"
            + " values (?, 'ADMIN', ?, now() - interval '2 days', now() - interval '1 day')",
        "expired-" + UUID.randomUUID(),
        expired.digest());
    tokens.put(Caller.EXPIRED, expired.value());
    tokens.put(Caller.GARBAGE, "garbage");
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "ANONYMOUS, READ,       ANSWERED",
    "ANONYMOUS, LIST_KEYS,  UNAUTHENTICATED",
    "ANONYMOUS, CREATE_KEY, UNAUTHENTICATED",
    "READER,    READ,       ANSWERED",
    "READER,    LIST_KEYS,  FORBIDDEN",
    "READER,    CREATE_KEY, FORBIDDEN",
    "EDITOR,    READ,       ANSWERED",
    "EDITOR,    LIST_KEYS,  FORBIDDEN",
    "EDITOR,    CREATE_KEY, FORBIDDEN",
    "ADMIN,     READ,       ANSWERED",
    "ADMIN,     LIST_KEYS,  ANSWERED",
    "ADMIN,     CREATE_KEY, ANSWERED",
    "EXPIRED,   READ,       HTTP_401",
    "EXPIRED,   LIST_KEYS,  HTTP_401",
    "EXPIRED,   CREATE_KEY, HTTP_401",
    "REVOKED,   READ,       HTTP_401",
    "REVOKED,   LIST_KEYS,  HTTP_401",
    "REVOKED,   CREATE_KEY, HTTP_401",
    "GARBAGE,   READ,       HTTP_401",
    "GARBAGE,   LIST_KEYS,  HTTP_401",
    "GARBAGE,   CREATE_KEY, HTTP_401",
  })
  void callerAndOperation_haveTheirOutcome(Caller caller, Operation operation, Outcome outcome) {
    String name = "matrix-" + UUID.randomUUID();
    if (outcome == Outcome.HTTP_401) {
      refusedOverHttp(tokens.get(caller), operation, name);
    } else {
      GraphQlTester.Response response =
          (caller == Caller.ANONYMOUS ? api.graphQl() : api.graphQl(tokens.get(caller)))
              .document(operation.document)
              .variable("name", name)
              .execute();
      if (outcome == Outcome.ANSWERED) {
        response.errors().verify().path(operation.field).hasValue();
      } else {
        response
            .errors()
            .satisfy(
                errors ->
                    assertThat(errors)
                        .singleElement()
                        .satisfies(
                            error -> {
                              assertThat(error.getExtensions())
                                  .containsEntry("code", outcome.name());
                              assertThat(error.getParsedPath()).containsExactly(operation.field);
                            }))
            .path(operation.field)
            .valueIsNull();
      }
    }
    if (operation.written != null) {
      int rows = jdbc.queryForObject(operation.written, Integer.class, name);
      assertThat(rows).isEqualTo(outcome == Outcome.ANSWERED ? 1 : 0);
    }
  }

  private void refusedOverHttp(String token, Operation operation, String name) {
    post(token, operation.document, name)
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("UNAUTHENTICATED")
        .jsonPath("$.data")
        .doesNotExist();
  }

  private WebTestClient.ResponseSpec post(String token, String document, String name) {
    return api.http()
        .post()
        .uri("/graphql")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", document, "variables", Map.of("name", name)))
        .exchange();
  }

  @Test
  void theRefusalOfAKey_saysWhyItWasRefused() {
    String document = Operation.READ.document;
    post(tokens.get(Caller.EXPIRED), document, "")
        .expectBody()
        .jsonPath("$.errors[0].message")
        .value(String.class, message -> assertThat(message).contains("expired"));
    post(tokens.get(Caller.REVOKED), document, "")
        .expectBody()
        .jsonPath("$.errors[0].message")
        .value(String.class, message -> assertThat(message).contains("revoked"));
    post(tokens.get(Caller.GARBAGE), document, "")
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
        .expectBody()
        .jsonPath("$.errors[0].message")
        .value(String.class, message -> assertThat(message).contains("not known"));
  }

  @Test
  void anotherAuthorizationScheme_isRefusedRatherThanServedAnonymously() {
    api.http()
        .post()
        .uri("/graphql")
        .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", Operation.READ.document))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.errors[0].message")
        .value(String.class, message -> assertThat(message).contains("Bearer"));
  }

  @Test
  void aRevocation_takesEffectAtOnceThoughTheKeyWasCached() {
    ApiKeys.Created key = api.newKey(Role.READER);
    api.graphQl(key.token().value()).document(Operation.READ.document).execute().errors().verify();

    api.graphQl(tokens.get(Caller.ADMIN))
        .document("mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { active } } }")
        .variable("id", keyId(key))
        .execute()
        .path("revokeApiKey.apiKey.active")
        .entity(Boolean.class)
        .isEqualTo(false);

    post(key.token().value(), Operation.READ.document, "").expectStatus().isUnauthorized();
  }

  private String keyId(ApiKeys.Created key) {
    return api.graphQl(tokens.get(Caller.ADMIN))
        .document("{ apiKeys { id name } }")
        .execute()
        .path("apiKeys[?(@.name == '" + key.apiKey().name() + "')].id")
        .entityList(String.class)
        .hasSize(1)
        .get()
        .get(0);
  }
}
