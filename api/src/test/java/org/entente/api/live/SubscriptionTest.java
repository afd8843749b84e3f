package org.entente.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.TestApplication;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Subscriptions across servers: a meeting recorded through one instance's API reaches a graphql-ws
 * subscriber of another, because both listen to PostgreSQL rather than to themselves.
 */
@ApiTest
class SubscriptionTest {

  private static ConfigurableApplicationContext other;

  @Autowired Api api;

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
    String source = Api.source(api.graphQl(Role.EDITOR));
    List<String> sides =
        List.of(api.partyId("WIKIDATA", "Q458"), api.partyId("ISO_3166_ALPHA2", "TM"));
    // The subscription is registered a moment after the request is sent: write until it hears.
    for (int attempt = 0; attempt < 20 && !received.isDone(); attempt++) {
      Api.createMeeting(api.graphQl(Role.EDITOR), "Live meeting " + attempt, sides, source);
      Thread.sleep(500);
    }
    assertThat(received.get(5, TimeUnit.SECONDS)).startsWith("Live meeting");
    client.stop().block(Duration.ofSeconds(5));
  }
}
