package org.entente.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Subscriptions across servers: a change written through one instance reaches a graphql-ws
 * subscriber of another, because both listen to PostgreSQL rather than to themselves.
 */
@ApiTest
class SubscriptionTest {

  private static ConfigurableApplicationContext other;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void startAnotherServer() {
    other = TestApplication.run();
  }

  @AfterAll
  static void stopIt() {
    other.close();
  }

  private static WebSocketGraphQlClient subscriberOfTheOtherServer() {
    String url =
        "ws://localhost:"
            + other.getEnvironment().getRequiredProperty("local.server.port")
            + "/graphql";
    return WebSocketGraphQlClient.builder(url, new StandardWebSocketClient()).build();
  }

  @Test
  void aMeetingRecordedThroughOneServer_reachesASubscriberOfTheOther() throws Exception {
    WebSocketGraphQlClient client = subscriberOfTheOtherServer();
    client.start().block(Duration.ofSeconds(10));
    CompletableFuture<String> received =
        client
            .document(
                "subscription { timelineEvents(filter: {kinds: [MEETING]}) {"
                    + " __typename ... on Meeting { title } } }")
            .executeSubscription()
            .map(response -> response.field("timelineEvents.title").toEntity(String.class))
            .filter(title -> title.startsWith("Live meeting"))
            .next()
            .toFuture();
    // The subscription is registered a moment after the request is sent: write until it hears.
    for (int attempt = 0; attempt < 20 && !received.isDone(); attempt++) {
      jdbc.update(
          "with meeting as (insert into meeting (title, kind, status, date_precision)"
              + " values (?, 'BILATERAL_MEETING', 'HELD', 'UNKNOWN') returning id)"
              + " insert into meeting_party select meeting.id, party.id from meeting,"
              + " (select id from party order by id limit 2) party",
          "Live meeting " + attempt);
      Thread.sleep(500);
    }
    assertThat(received.get(5, TimeUnit.SECONDS)).startsWith("Live meeting");
    client.stop().block(Duration.ofSeconds(5));
  }
}
