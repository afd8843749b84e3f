package org.entente.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.entente.api.TestApplication;
import org.entente.api.replica.StreamingReplica;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Health follows the database: DOWN (and not ready for traffic) while PostgreSQL is stopped, UP
 * again once it is started, and the same server answers queries again without a restart. The
 * PostgreSQL stopped is a server of the test's own, a promoted copy of the local one, so that every
 * other test keeps its database.
 */
class DatabaseOutageTest {

  private static StreamingReplica postgres;
  private static ConfigurableApplicationContext application;
  private static String base;

  /** A monitoring system's key: a reader's. */
  private static String monitoring;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    postgres = StreamingReplica.start();
    postgres.promote();
    application =
        TestApplication.run(
            "--spring.datasource.url=" + postgres.url(),
            "--spring.datasource.hikari.connection-timeout=1000",
            "--spring.datasource.hikari.validation-timeout=500",
            "--entente.demo-dossier=false");
    base = TestApplication.baseUrl(application);
    monitoring =
        application
            .getBean(ApiKeys.class)
            .create("monitoring-" + UUID.randomUUID(), Role.READER, null)
            .token()
            .value();
  }

  @AfterAll
  static void stop() throws Exception {
    application.close();
    postgres.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Probes come without a key, as a cluster's do; metrics answer only to one. */
  private static HttpResponse<String> monitor(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + monitoring)
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int graphQlStatus() throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"{ parties { totalCount } }\"}"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** The status the path answers once it settles, within a few seconds. */
  private static int settlesAt(String path, int wanted) throws Exception {
    Instant deadline = Instant.now().plusSeconds(15);
    int status = get(path).statusCode();
    while (status != wanted && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = get(path).statusCode();
    }
    return status;
  }

  @Test
  void healthGoesDownWithTheDatabase_andUpWhenItReturns_withoutARestart() throws Exception {
    assertThat(settlesAt("/actuator/health", 200)).isEqualTo(200);
    assertThat(get("/actuator/health").body()).contains("\"migrations\"", "\"missing\":0");
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

    postgres.stop();
    assertThat(settlesAt("/actuator/health", 503)).isEqualTo(503);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

    postgres.restart();
    assertThat(settlesAt("/actuator/health", 200)).isEqualTo(200);
    assertThat(settlesAt("/actuator/health/readiness", 200)).isEqualTo(200);
    assertThat(graphQlStatus()).isEqualTo(200);
  }

  @Test
  void graphQlRequests_andDataFetchers_areMeasured() throws Exception {
    assertThat(settlesAt("/actuator/health", 200)).isEqualTo(200);
    graphQlStatus();
    assertThat(monitor("/actuator/metrics").body())
        .contains("graphql.request", "graphql.datafetcher");
    assertThat(monitor("/actuator/metrics/graphql.request").body()).contains("\"COUNT\"");
  }
}
