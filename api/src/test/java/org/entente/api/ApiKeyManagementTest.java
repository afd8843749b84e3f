package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators create, list and revoke keys through the API. */
@ApiTest
class ApiKeyManagementTest {

  private static final String CREATE =
      "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {"
          + " apiKey { id name role expiresAt revokedAt active } token"
          + " userErrors { path message code } } }";
  private static final String REVOKE =
      "mutation($id: ID!) { revokeApiKey(input: {id: $id}) {"
          + " apiKey { name revokedAt active } userErrors { path message code } } }";

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  private String admin;

  @BeforeEach
  void admin() {
    admin = api.newToken(Role.ADMIN);
  }

  private GraphQlTester.Response create(Map<String, Object> input) {
    return api.graphQl(admin).document(CREATE).variable("input", input).execute();
  }

  private int keyCount() {
    return jdbc.queryForObject("select count(*) from api_key", Integer.class);
  }

  @Test
  void aCreatedKey_opensTheApiInItsRole() {
    String name = "news-desk-" + UUID.randomUUID();
    Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    GraphQlTester.Response created =
        create(Map.of("name", name, "role", "EDITOR", "expiresAt", expiry.toString()));

    created.path("createApiKey.userErrors").entityList(Object.class).hasSize(0);
    created.path("createApiKey.apiKey.role").entity(String.class).isEqualTo("EDITOR");
    created.path("createApiKey.apiKey.expiresAt").entity(String.class).isEqualTo(expiry.toString());
    created.path("createApiKey.apiKey.active").entity(Boolean.class).isEqualTo(true);
    String token = created.path("createApiKey.token").entity(String.class).get();
    assertThat(token).matches("ent_[A-Za-z0-9_-]{43}");

    api.graphQl(token).document("{ parties(first: 1) { totalCount } }").execute().errors().verify();
    api.graphQl(token)
        .document("{ apiKeys { name } }")
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
  }

  @Test
  void aKey_isStoredAsTheSha256OfItsTokenAndNothingElseOfIt() throws Exception {
    String name = "stored-" + UUID.randomUUID();
    String token =
        create(Map.of("name", name, "role", "READER"))
            .path("createApiKey.token")
            .entity(String.class)
            .get();

    Map<String, Object> row = jdbc.queryForMap("select * from api_key where name = ?", name);
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
    assertThat(row).containsEntry("token_hash", sha256);
    assertThat(row.values())
        .noneMatch(value -> String.valueOf(value).contains(token.substring(4, 20)));
  }

  @Test
  void theList_showsEveryKeyWithItsState() {
    String name = "listed-" + UUID.randomUUID();
    create(Map.of("name", name, "role", "READER"));

    api.graphQl(admin)
        .document("{ apiKeys { name role active revokedAt } }")
        .execute()
        .path("apiKeys[?(@.name == '" + name + "')]")
        .entityList(Map.class)
        .satisfies(
            keys ->
                assertThat(keys)
                    .singleElement()
                    .satisfies(
                        key ->
                            assertThat(key)
                                .containsEntry("role", "READER")
                                .containsEntry("active", true)
                                .containsEntry("revokedAt", null)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'  ',                   READER, ,                     INVALID_INPUT,  name",
    "system,                 READER, ,                     INVALID_INPUT,  name",
    "past-expiry,            READER, 2020-01-01T00:00:00Z, EXPIRY_IN_PAST, expiresAt",
  })
  void badInput_isAUserErrorAndWritesNothing(
      String name, String role, String expiresAt, String code, String field) {
    int before = keyCount();
    Map<String, Object> input = new HashMap<>(Map.of("name", name, "role", role));
    if (expiresAt != null) {
      input.put("expiresAt", expiresAt);
    }

    GraphQlTester.Response refused = create(input);

    refused.path("createApiKey.apiKey").valueIsNull();
    refused.path("createApiKey.token").valueIsNull();
    refused.path("createApiKey.userErrors[0].code").entity(String.class).isEqualTo(code);
    refused
        .path("createApiKey.userErrors[0].path")
        .entity(List.class)
        .isEqualTo(List.of("input", field));
    assertThat(keyCount()).isEqualTo(before);
  }

  @Test
  void anExpiryBeyondTheYear9999_isBadUserInput_andWritesNothing() {
    int before = keyCount();

    api.graphQl(admin)
        .document(CREATE)
        .variable(
            "input",
            Map.of(
                "name", "far-future-" + UUID.randomUUID(),
                "role", "READER",
                "expiresAt", "+300000-01-01T00:00:00Z"))
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error -> {
                  assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                  assertThat(error.getMessage()).contains("within the years 1 to 9999");
                }));
    assertThat(keyCount()).isEqualTo(before);
  }

  @Test
  void aDuplicateName_isAUserErrorAndWritesNothing() {
    String name = "twice-" + UUID.randomUUID();
    create(Map.of("name", name, "role", "READER"));
    int before = keyCount();

    GraphQlTester.Response refused = create(Map.of("name", name, "role", "ADMIN"));

    refused.path("createApiKey.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
    refused
        .path("createApiKey.userErrors[0].path")
        .entity(List.class)
        .isEqualTo(List.of("input", "name"));
    assertThat(keyCount()).isEqualTo(before);
  }

  @Test
  void revokingAnUnknownKey_isAUserError() {
    String unknown = Api.missing("ApiKey");
    GraphQlTester.Response refused =
        api.graphQl(admin).document(REVOKE).variable("id", unknown).execute();

    refused.path("revokeApiKey.apiKey").valueIsNull();
    refused.path("revokeApiKey.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    refused
        .path("revokeApiKey.userErrors[0].path")
        .entity(List.class)
        .isEqualTo(List.of("input", "id"));
  }

  @Test
  void revokingByTheIdOfAnotherRecord_isAUserError() {
    api.graphQl(admin)
        .document(REVOKE)
        .variable("id", api.partyId("ISO_3166_ALPHA2", "KZ"))
        .execute()
        .path("revokeApiKey.userErrors[0].code")
        .entity(String.class)
        .isEqualTo("INVALID_ID");
  }

  @Test
  void revokingTwice_keepsTheFirstRevocation() {
    String id =
        create(Map.of("name", "revoked-" + UUID.randomUUID(), "role", "READER"))
            .path("createApiKey.apiKey.id")
            .entity(String.class)
            .get();

    String first =
        api.graphQl(admin)
            .document(REVOKE)
            .variable("id", id)
            .execute()
            .path("revokeApiKey.apiKey.revokedAt")
            .entity(String.class)
            .get();
    GraphQlTester.Response again = api.graphQl(admin).document(REVOKE).variable("id", id).execute();

    again.path("revokeApiKey.apiKey.revokedAt").entity(String.class).isEqualTo(first);
    again.path("revokeApiKey.apiKey.active").entity(Boolean.class).isEqualTo(false);
    again.path("revokeApiKey.userErrors").entityList(Object.class).hasSize(0);
  }
}
