package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * A subscriber of one negotiation hears each change of it as it is after that change, nested fields
 * included, however long the subscription has been open.
 */
@ApiTest
class NegotiationUpdatedTest {

  @Autowired Api api;
  @Autowired DatabaseState database;

  @Value("${local.server.port}")
  int port;

  @Test
  void everyUpdate_reachesTheSubscriber_withItsNewVersionAndItsNewParties() throws Exception {
    Lifecycles lifecycles = new Lifecycles(api, database);
    String first = lifecycles.party(Lifecycles.FIRST);
    String second = lifecycles.party(Lifecycles.SECOND);
    String third = lifecycles.party(Lifecycles.THIRD);
    String id =
        lifecycles.written(
            "openNegotiation",
            Map.of(
                "title",
                "Subscribed talks",
                "parties",
                List.of(Map.of("party", first), Map.of("party", second))),
            "negotiation { id }",
            "negotiation.id",
            String.class);
    WebSocketGraphQlClient client =
        WebSocketGraphQlClient.builder(
                "ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
            .build();
    client.start().block(Duration.ofSeconds(10));
    List<String> heard = new CopyOnWriteArrayList<>();
    CompletableFuture<String> last =
        client
            .document(
                "subscription($id: ID!) { negotiationUpdated(id: $id) {"
                    + " title version parties { party { name } } } }")
            .variable("id", id)
            .executeSubscription()
            .map(
                update ->
                    update.field("negotiationUpdated.title").toEntity(String.class)
                        + " v"
                        + update.field("negotiationUpdated.version").toEntity(Integer.class)
                        + " "
                        + update.field("negotiationUpdated.parties").toEntityList(Map.class).size())
            .doOnNext(heard::add)
            .filter(update -> update.startsWith("Subscribed talks, renamed last"))
            .next()
            .toFuture();

    // The subscription is registered a moment after the request is sent: rename until it hears.
    int version = 1;
    for (; version < 40 && heard.isEmpty(); version++) {
      rename(lifecycles, id, version, "Subscribed talks, renamed " + version, null);
      Thread.sleep(250);
    }
    rename(
        lifecycles,
        id,
        version,
        "Subscribed talks, renamed last",
        List.of(Map.of("party", first), Map.of("party", second), Map.of("party", third)));

    // Read with the loaders of the subscription's first event, the version stayed at that event's.
    assertThat(last.get(10, TimeUnit.SECONDS))
        .isEqualTo("Subscribed talks, renamed last v" + (version + 1) + " 3");
    client.stop().block(Duration.ofSeconds(5));
  }

  private static void rename(
      Lifecycles lifecycles, String id, int version, String title, List<Object> parties) {
    Map<String, Object> input =
        parties == null
            ? Map.of("id", id, "version", version, "title", title)
            : Map.of("id", id, "version", version, "title", title, "parties", parties);
    lifecycles.written(
        "updateNegotiation",
        input,
        "negotiation { version }",
        "negotiation.version",
        Integer.class);
  }
}
