package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A server with anonymous reading switched off and a rate limit low enough to reach: an application
 * of its own, so that the shared one keeps the defaults.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "entente.security.anonymous-read=false",
      "entente.limits.rate.requests-per-minute=6",
      "entente.limits.rate.burst=3"
    })
@Import({TestDatabaseProperties.class, Api.class})
class RestrictedServerTest {

  private static final String READ = "{ parties(first: 1) { totalCount } }";

  @Autowired Api api;

  @Value("${local.server.port}")
  int port;

  private WebTestClient.ResponseSpec post(HttpHeaders headers) {
    return post(headers, URI.create("http://localhost:" + port + "/graphql"));
  }

  private WebTestClient.ResponseSpec post(HttpHeaders headers, URI endpoint) {
    return api.http()
        .post()
        .uri(endpoint)
        .headers(all -> all.addAll(headers))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", READ))
        .exchange();
  }

  private static HttpHeaders bearer(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return headers;
  }

  @Test
  void aRequestWithoutKey_isRefusedWith401() {
    post(new HttpHeaders())
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("UNAUTHENTICATED")
        .jsonPath("$.errors[0].extensions.classification")
        .isEqualTo("UNAUTHORIZED")
        .jsonPath("$.errors[0].message")
        .value(String.class, message -> assertThat(message).contains("Authorization: Bearer"));
  }

  @Test
  void aReader_reads() {
    api.graphQl(api.newToken(Role.READER)).document(READ).execute().errors().verify();
  }

  @Test
  void graphiql_staysReachableWithoutKey() {
    String page =
        api.http()
            .get()
            .uri("/graphiql")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    Matcher asset = Pattern.compile("src=\"(/webjars/[^\"]+)\"").matcher(page);
    assertThat(asset.find()).isTrue();
    api.http().get().uri(asset.group(1)).exchange().expectStatus().isOk();
  }

  @Test
  void healthProbes_answerWithoutKey_metricsNeedOne() {
    api.http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    api.http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    api.http()
        .get()
        .uri("/actuator/metrics")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("UNAUTHENTICATED");
    api.http()
        .get()
        .uri("/actuator/metrics")
        .headers(headers -> headers.setBearerAuth(api.newToken(Role.READER)))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void aKeyPastItsBurst_isAnswered429WithRetryAfter_whileAnotherKeyIsServed() {
    HttpHeaders busy = bearer(api.newToken(Role.READER));
    for (int i = 0; i < 3; i++) {
      post(busy).expectStatus().isOk();
    }

    post(busy)
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .value(
            HttpHeaders.RETRY_AFTER,
            seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 10))
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("RATE_LIMITED");
    post(bearer(api.newToken(Role.READER))).expectStatus().isOk();
  }

  @Test
  void theEndpointReachedByAnEscapedPath_isCountedAsGraphQl() {
    HttpHeaders busy = bearer(api.newToken(Role.READER));
    URI escaped = URI.create("http://localhost:" + port + "/graph%71l");
    for (int i = 0; i < 3; i++) {
      post(busy, escaped).expectStatus().isOk();
    }

    post(busy, escaped)
        .expectStatus()
        .isEqualTo(429)
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("RATE_LIMITED");
    post(busy).expectStatus().isEqualTo(429);
  }
}
