package org.entente.api.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.api.Api;
import org.entente.api.TestApplication;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Queries read from a real streaming replica of the local server, everything else from the primary.
 * While the replica's replay is paused, a mutation's payload shows what it wrote (read on the
 * primary) and the next query does not (read on the replica) until replay resumes; with the replica
 * shut down, queries read from the primary and the server stays ready.
 */
class ReadReplicaTest {

  private static StreamingReplica replica;
  private static ConfigurableApplicationContext application;
  private static String base;

  /** Mutations need an editor's key. */
  private static String editor;

  @BeforeAll
  static void start() throws Exception {
    replica = StreamingReplica.start();
    application =
        TestApplication.run(
            "--entente.replica.url=" + replica.url(), "--entente.replica.retry-after=1s");
    base = TestApplication.baseUrl(application);
    editor =
        application
            .getBean(ApiKeys.class)
            .create("replica-editor-" + UUID.randomUUID(), Role.EDITOR, null)
            .token()
            .value();
    replica.awaitCaughtUp();
  }

  @AfterAll
  static void stop() {
    try {
      if (application != null) {
        application.close();
      }
    } finally {
      if (replica != null) {
        replica.close();
      }
    }
  }

  private static HttpGraphQlTester graphQl() {
    return HttpGraphQlTester.create(
        http()
            .mutate()
            .baseUrl(base + "/graphql")
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + editor)
            .build());
  }

  private static WebTestClient http() {
    return WebTestClient.bindToServer()
        .baseUrl(base)
        .responseTimeout(Duration.ofSeconds(20))
        .build();
  }

  private static GraphQlTester.Response createParty(Map<String, Object> input) {
    GraphQlTester.Response response =
        graphQl()
            .document(
                "mutation($input: CreatePartyInput!) { createParty(input: $input) {"
                    + " party { id name version parent { name } } userErrors { code message } } }")
            .variable("input", input)
            .execute();
    response.path("createParty.userErrors").entityList(Object.class).hasSize(0);
    return response;
  }

  private static String organisation(String name) {
    return createParty(Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", name))
        .path("createParty.party.id")
        .entity(String.class)
        .get();
  }

  /** The party's name as a query reads it, or null when the query does not find the party. */
  private static String nameOf(String id) {
    List<String> names =
        graphQl()
            .document("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Party { name } } }")
            .variable("ids", List.of(id))
            .execute()
            .path("nodes[*].name")
            .entityList(String.class)
            .get();
    return names.isEmpty() ? null : names.get(0);
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void queriesReadTheReplica_whileMutationsReadTheirOwnWritesOnThePrimary() throws Exception {
    String original = unique("Replica test organisation");
    String organisation = organisation(original);
    replica.awaitCaughtUp();
    replica.pauseReplay();
    String renamed = original + " (renamed)";
    String institution = unique("Replica test institution");
    try {
      graphQl()
          .document(
              "mutation($input: UpdatePartyInput!) { updateParty(input: $input) {"
                  + " party { name } userErrors { code } } }")
          .variable("input", Map.of("id", organisation, "version", 1, "name", renamed))
          .execute()
          .path("updateParty.party.name")
          .entity(String.class)
          .isEqualTo(renamed);
      // The payload's nested parent goes through the parties' batch loader: on the primary too.
      GraphQlTester.Response created =
          createParty(Map.of("kind", "INSTITUTION", "name", institution, "parent", organisation));
      created.path("createParty.party.parent.name").entity(String.class).isEqualTo(renamed);
      String institutionId = created.path("createParty.party.id").entity(String.class).get();

      // node(id:) reads through the batch loaders, parties(filter:) straight from its fetcher.
      GraphQlTester.Response read =
          graphQl()
              .document(
                  "query($organisation: ID!, $institution: ID!) {"
                      + " organisation: node(id: $organisation) { ... on Party { name } }"
                      + " institution: node(id: $institution) { id }"
                      + " parties(filter: {kinds: [INSTITUTION]}, first: 100) { nodes { name } } }")
              .variable("organisation", organisation)
              .variable("institution", institutionId)
              .execute();
      read.path("organisation.name").entity(String.class).isEqualTo(original);
      read.path("institution").valueIsNull();
      read.path("parties.nodes[*].name").entityList(String.class).doesNotContain(institution);

      http()
          .get()
          .uri("/actuator/health")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.components.replica.status")
          .isEqualTo("UP")
          .jsonPath("$.components.replica.details.inRecovery")
          .isEqualTo(true)
          .jsonPath("$.components.replica.details.replayPaused")
          .isEqualTo(true)
          .jsonPath("$.components.replica.details.queriesReadFrom")
          .isEqualTo("replica")
          .jsonPath("$.components.replica.details.replayLagBytes")
          .value(Number.class, lag -> assertThat(lag.longValue()).isPositive());
    } finally {
      replica.resumeReplay();
    }
    replica.awaitCaughtUp();
    assertThat(nameOf(organisation)).isEqualTo(renamed);
  }

  @Test
  void everyDocumentOfTheTestSuite_isAnsweredOnTheStandby() throws Exception {
    List<String> between =
        List.of(
            Api.partyId(graphQl(), "ISO_3166_ALPHA2", "KZ"),
            Api.partyId(graphQl(), "WIKIDATA", "Q458"));
    for (String document : documents()) {
      // Each document declares the variables it needs; the others are ignored.
      graphQl()
          .documentName(document)
          .variable("between", between)
          .variable("earlier", "2025-03-27")
          .variable("asOf", "2025-03-28")
          .variable("text", "visa Kallas Almaty")
          .execute()
          .errors()
          .verify();
    }
  }

  record Named(String name) {}

  record HeardMeeting(String title, List<Named> parties) {}

  @Test
  void subscriptions_readTheChangesTheyAnnounce_onThePrimary() throws Exception {
    String source = Api.source(graphQl());
    String eu = Api.partyId(graphQl(), "WIKIDATA", "Q458");
    String title = unique("Meeting heard while the replica is paused");
    WebSocketGraphQlClient client =
        WebSocketGraphQlClient.builder(
                base.replaceFirst("^http", "ws") + "/graphql", new StandardWebSocketClient())
            .build();
    client.start().block(Duration.ofSeconds(10));
    replica.pauseReplay();
    try {
      // A side the replica has not seen: the event's parties are read through the batch loader.
      String side = unique("Replica test organisation met while the replica is paused");
      List<String> sides = List.of(eu, organisation(side));
      CompletableFuture<HeardMeeting> heard =
          client
              .document(
                  "subscription { timelineEvents(filter: {kinds: [MEETING]}) {"
                      + " ... on Meeting { title parties { name } } } }")
              .executeSubscription()
              .map(response -> response.field("timelineEvents").toEntity(HeardMeeting.class))
              .filter(meeting -> meeting != null && title.equals(meeting.title()))
              .next()
              .toFuture();
      // The subscription is registered a moment after it is sent: record until it hears.
      for (int attempt = 0; attempt < 20 && !heard.isDone(); attempt++) {
        Api.createMeeting(graphQl(), title, sides, source);
        Thread.sleep(500);
      }
      assertThat(heard.get(5, TimeUnit.SECONDS).parties()).extracting(Named::name).contains(side);
    } finally {
      replica.resumeReplay();
      client.stop().block(Duration.ofSeconds(5));
    }
  }

  @Test
  void withTheReplicaDown_queriesReadThePrimary_andTheServerStaysReady() throws Exception {
    replica.pauseReplay();
    String written = unique("Replica test organisation written while it was down");
    String id = organisation(written);
    replica.stop();
    try {
      assertThat(nameOf(id)).isEqualTo(written);
      http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
      http()
          .get()
          .uri("/actuator/health")
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectBody()
          .jsonPath("$.components.replica.status")
          .isEqualTo("DOWN")
          .jsonPath("$.components.db.status")
          .isEqualTo("UP");
    } finally {
      replica.restart();
    }
    replica.awaitCaughtUp();

    // Back: once the retry interval has passed, queries read the replica again.
    replica.pauseReplay();
    try {
      String later = organisation(unique("Replica test organisation written after it returned"));
      Instant deadline = Instant.now().plusSeconds(10);
      while (nameOf(later) != null && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      assertThat(nameOf(later)).isNull();
    } finally {
      replica.resumeReplay();
    }
  }

  /** The names of the GraphQL documents of the test suite, each a query. */
  private static List<String> documents() throws IOException, URISyntaxException {
    Path folder = Path.of(ReadReplicaTest.class.getResource("/graphql-test").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".graphql"))
          .map(name -> name.substring(0, name.length() - ".graphql".length()))
          .sorted()
          .toList();
    }
  }
}
