package org.entente.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * The WebSocket carries subscriptions only: a query or mutation sent over it, where neither the
 * rate limit nor a key's revocation would reach it, is refused and runs nothing.
 */
@ApiTest
class WebSocketOperationsTest {

  @Autowired Api api;
  @Autowired DatabaseState database;

  @Value("${local.server.port}")
  int port;

  private ClientGraphQlResponse overWebSocket(String token, String document) {
    WebSocketGraphQlClient client =
        WebSocketGraphQlClient.builder(
                "ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .build();
    try {
      return client.document(document).execute().block(Duration.ofSeconds(10));
    } finally {
      client.stop().block(Duration.ofSeconds(5));
    }
  }

  @Test
  void aMutationSentOverTheWebSocket_isRefused_andWritesNothing() {
    String editor = api.newToken(Role.EDITOR);
    Map<String, String> before = database.fingerprint();

    ClientGraphQlResponse response =
        overWebSocket(
            editor,
            "mutation { createTopic(input: {code: \"websocket-topic\", name: \"Sent by socket\"})"
                + " { topic { code } } }");

    assertThat(response.getErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getExtensions()).containsEntry("code", "SUBSCRIPTIONS_ONLY");
              assertThat(error.getMessage()).contains("subscriptions only");
            });
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  @Test
  void aQuerySentOverTheWebSocket_isRefused_asTheSameQueryByHttpIsAnswered() {
    ClientGraphQlResponse response =
        overWebSocket(api.newToken(Role.READER), "query Named { __typename }");

    assertThat(response.getErrors())
        .extracting(error -> error.getExtensions().get("code"))
        .containsExactly("SUBSCRIPTIONS_ONLY");
    api.graphQl()
        .document("query Named { __typename }")
        .execute()
        .path("__typename")
        .entity(String.class)
        .isEqualTo("Query");
  }
}
