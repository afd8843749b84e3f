package org.entente.api.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.entente.api.DatabaseState;
import org.entente.api.TestApplication;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application on a random port against the test run's database, started by hand: jqwik's
 * properties run outside Spring's test context, and a real server over real HTTP is the point.
 */
final class RunningServer implements AutoCloseable {

  private final ConfigurableApplicationContext application;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI graphql;

  /** An editor's, so that hostile mutations reach the write they try to break. */
  private final String token;

  RunningServer() {
    application =
        TestApplication.run(
            // Hundreds of requests a second from one client are the point here, not an attack.
            "--entente.limits.rate.requests-per-minute=" + Integer.MAX_VALUE,
            "--entente.limits.rate.burst=" + Integer.MAX_VALUE);
    token =
        application
            .getBean(ApiKeys.class)
            .create("hostile-requests-" + UUID.randomUUID(), Role.EDITOR, null)
            .token()
            .value();
    graphql = URI.create(TestApplication.baseUrl(application) + "/graphql");
  }

  <T> T bean(Class<T> type) {
    return application.getBean(type);
  }

  /** A POST of this body as JSON, with these headers; its status and body. */
  HttpResponse<String> post(String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(graphql)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/graphql-response+json, application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("the server did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every table's row count and digest: equal fingerprints, equal rows. */
  Map<String, String> fingerprint() {
    return DatabaseState.fingerprint(bean(JdbcTemplate.class));
  }

  @Override
  public void close() {
    application.close();
  }
}
