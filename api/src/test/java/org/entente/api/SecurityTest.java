package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

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
    READ("{ parties(first: 1) { totalCount } }", "parties", null, null, null),
    WRITE(
        "mutation($name: String!) { createParty(input: {kind: INTERNATIONAL_ORGANISATION,"
            + " name: $name}) { party { id } userErrors { code } } }",
        "createParty.party.id",
        "createParty",
        "createParty",
        "select count(*) from party where name = ?"),
    HISTORY(
        "query($id: ID!) { node(id: $id) { ... on Party { history { actor } } } }",
        "node.history",
        "node.history",
        "node.history",
        null),
    CREATE_KEY(
        "mutation($name: String!) { createApiKey(input: {name: $name, role: READER}) {"
            + " apiKey { name } userErrors { code } } }",
        "createApiKey.apiKey",
        "createApiKey",
        "createApiKey",
        "select count(*) from api_key where name = ?"),
    LIST_KEYS("{ apiKeys { name } }", "apiKeys", "apiKeys", "apiKeys", null);

    final String document;

    /** Where the answer is when the operation is allowed. */
    final String answer;

    /** The path of the error a refusal answers. */
    final String refused;

    /** What a refusal leaves null: the field, its parent, or (when empty) the whole answer. */
    final String nulled;

    /** Counts the rows the operation writes for a name; null for a read. */
    final String written;

    Operation(String document, String answer, String refused, String nulled, String written) {
      this.document = document;
      this.answer = answer;
      this.refused = refused;
      this.nulled = nulled;
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
  private String kazakhstan;

  @BeforeAll
  void keys() {
    kazakhstan = api.partyId("ISO_3166_ALPHA2", "KZ");
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

  /** Each operation takes what it needs of these. */
  private Map<String, Object> variables(String name) {
    return Map.of("name", name, "id", kazakhstan);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "ANONYMOUS, READ,       ANSWERED",
    "ANONYMOUS, WRITE,      UNAUTHENTICATED",
    "ANONYMOUS, HISTORY,    UNAUTHENTICATED",
    "ANONYMOUS, CREATE_KEY, UNAUTHENTICATED",
    "ANONYMOUS, LIST_KEYS,  UNAUTHENTICATED",
    "READER,    READ,       ANSWERED",
    "READER,    WRITE,      FORBIDDEN",
    "READER,    HISTORY,    FORBIDDEN",
    "READER,    CREATE_KEY, FORBIDDEN",
    "READER,    LIST_KEYS,  FORBIDDEN",
    "EDITOR,    READ,       ANSWERED",
    "EDITOR,    WRITE,      ANSWERED",
    "EDITOR,    HISTORY,    ANSWERED",
    "EDITOR,    CREATE_KEY, FORBIDDEN",
    "EDITOR,    LIST_KEYS,  FORBIDDEN",
    "ADMIN,     READ,       ANSWERED",
    "ADMIN,     WRITE,      ANSWERED",
    "ADMIN,     HISTORY,    ANSWERED",
    "ADMIN,     CREATE_KEY, ANSWERED",
    "ADMIN,     LIST_KEYS,  ANSWERED",
    "EXPIRED,   READ,       HTTP_401",
    "EXPIRED,   WRITE,      HTTP_401",
    "EXPIRED,   HISTORY,    HTTP_401",
    "EXPIRED,   CREATE_KEY, HTTP_401",
    "EXPIRED,   LIST_KEYS,  HTTP_401",
    "REVOKED,   READ,       HTTP_401",
    "REVOKED,   WRITE,      HTTP_401",
    "REVOKED,   HISTORY,    HTTP_401",
    "REVOKED,   CREATE_KEY, HTTP_401",
    "REVOKED,   LIST_KEYS,  HTTP_401",
    "GARBAGE,   READ,       HTTP_401",
    "GARBAGE,   WRITE,      HTTP_401",
    "GARBAGE,   HISTORY,    HTTP_401",
    "GARBAGE,   CREATE_KEY, HTTP_401",
    "GARBAGE,   LIST_KEYS,  HTTP_401",
  })
  void callerAndOperation_haveTheirOutcome(Caller caller, Operation operation, Outcome outcome) {
    String name = "matrix-" + UUID.randomUUID();
    if (outcome == Outcome.HTTP_401) {
      refusedOverHttp(tokens.get(caller), operation, name);
    } else {
      GraphQlTester.Response response =
          (caller == Caller.ANONYMOUS ? api.graphQl() : api.graphQl(tokens.get(caller)))
              .document(operation.document)
              .variables(variables(name))
              .execute();
      if (outcome == Outcome.ANSWERED) {
        response.errors().verify().path(operation.answer).hasValue();
      } else {
        response
            .errors()
            .satisfy(
                onlyError(
                    error -> {
                      assertThat(error.getExtensions()).containsEntry("code", outcome.name());
                      assertThat(error.getPath()).isEqualTo(operation.refused);
                    }));
        if (operation.nulled.isEmpty()) {
          response.path(operation.refused).pathDoesNotExist();
        } else {
          response.path(operation.nulled).valueIsNull();
        }
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
        .bodyValue(Map.of("query", document, "variables", variables(name)))
        .exchange();
  }

  @Test
  void aWrite_isRecordedUnderTheNameOfItsKey() {
    ApiKeys.Created editor = api.newKey(Role.EDITOR);
    String name = "audited-" + UUID.randomUUID();
    String party =
        api.graphQl(editor.token().value())
            .document(Operation.WRITE.document)
            .variable("name", name)
            .execute()
            .path("createParty.party.id")
            .entity(String.class)
            .get();

    assertThat(
            jdbc.queryForList(
                "select distinct actor from audit_event where subject_type = 'Party'"
                    + " and subject_id = (select id from party where name = ?)",
                String.class,
                name))
        .containsExactly(editor.apiKey().name());
    api.graphQl(tokens.get(Caller.ADMIN))
        .document(Operation.HISTORY.document)
        .variable("id", party)
        .execute()
        .path("node.history[*].actor")
        .entityList(String.class)
        .containsExactly(editor.apiKey().name());
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
