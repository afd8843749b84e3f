package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;
import static org.entente.api.mutation.Recorder.input;

import java.util.List;
import java.util.Map;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Recording, moving and retiring topics through the API, and every way it can be refused. */
@ApiTest
class TopicMutationsTest {

  private static final String TOPIC_FIELDS =
      "id code name aliases parent { code } children { code } version retiredAt";

  @Autowired Api api;
  @Autowired DatabaseState database;
  private Recorder recorder;

  @BeforeEach
  void recorder() {
    recorder = new Recorder(api, database);
  }

  private String topic(String code, String parent) {
    return recorder.id(
        "createTopic", input("code", code, "name", "Topic " + code, "parent", parent));
  }

  private List<String> childrenOf(String topic) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { topic(id: $id) { children { code } } }")
        .variable("id", topic)
        .execute()
        .path("topic.children[*].code")
        .entityList(String.class)
        .get();
  }

  @Test
  void createTopic_recordsATopicUnderItsParent_withItsOtherNames() {
    String parent = topic("tt-connectivity", null);
    GraphQlTester.Response created =
        recorder.ok(
            "createTopic",
            Map.of(
                "code",
                "tt-trans-caspian",
                "name",
                "Trans-Caspian route",
                "parent",
                parent,
                "aliases",
                List.of("TITR", "Middle Corridor route")),
            TOPIC_FIELDS);
    created.path("createTopic.topic.version").entity(Integer.class).isEqualTo(1);
    created.path("createTopic.topic.parent.code").entity(String.class).isEqualTo("tt-connectivity");
    created
        .path("createTopic.topic.aliases")
        .entityList(String.class)
        .containsExactly("Middle Corridor route", "TITR");
    assertThat(childrenOf(parent)).containsExactly("tt-trans-caspian");
    api.graphQl(Role.EDITOR)
        .document("{ topic(code: \"tt-trans-caspian\") { name } }")
        .execute()
        .path("topic.name")
        .entity(String.class)
        .isEqualTo("Trans-Caspian route");
  }

  @Test
  void createTopic_refusesACodeAnotherTopicHas() {
    recorder.refused(
        "createTopic",
        Map.of("code", "energy", "name", "Energy again"),
        "DUPLICATE",
        "input",
        "code");
  }

  @Test
  void createTopic_refusesACodeThatIsNotLowerCaseWords() {
    recorder.refused(
        "createTopic",
        Map.of("code", "Green Energy", "name", "Green energy"),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void createTopic_refusesANulCharacterEscapedInTheDocument_beforeItRuns() {
    Map<String, String> before = database.fingerprint();

    api.graphQl(Role.EDITOR)
        .document(
            "mutation { createTopic(input: {code: \"nul-escaped\", name: \"a\\u0000b\"}) {"
                + " topic { code } userErrors { code path message } } }")
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error -> {
                  assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                  assertThat(error.getMessage()).contains("NUL");
                }));
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  @Test
  void createTopic_refusesAnOtherNameTooLongToKeep_withAUserError() {
    StringBuilder longName = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    while (longName.length() < 9_000) {
      longName.append((char) ('a' + random.nextInt(26)));
    }
    recorder.refused(
        "createTopic",
        Map.of("code", "long-alias", "name", "Long alias", "aliases", List.of(longName.toString())),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void createTopic_refusesAParentThatIsNotOnRecord_orNoTopic() {
    recorder.refused(
        "createTopic",
        Map.of("code", "tt-orphan", "name", "Orphan", "parent", Api.missing("Topic")),
        "UNKNOWN_REFERENCE",
        "input",
        "parent");
    recorder.refused(
        "createTopic",
        Map.of("code", "tt-orphan", "name", "Orphan", "parent", Api.missing("Source")),
        "INVALID_ID",
        "input",
        "parent");
  }

  @Test
  void updateTopic_refusesPuttingATopicUnderOneOfItsOwnSubtopics() {
    String root = topic("tt-cycle-root", null);
    String middle = topic("tt-cycle-middle", root);
    String leaf = topic("tt-cycle-leaf", middle);

    String message =
        recorder.refused(
            "updateTopic",
            Map.of("id", root, "version", 1, "parent", leaf),
            "TOPIC_CYCLE",
            "input",
            "parent");
    assertThat(message).contains("'Topic tt-cycle-leaf', which sits under it");
    recorder.refused(
        "updateTopic",
        Map.of("id", middle, "version", 1, "parent", middle),
        "TOPIC_CYCLE",
        "input",
        "parent");
  }

  @Test
  void updateTopic_renamesIt_movesIt_andMakesItARoot() {
    String first = topic("tt-move-first", null);
    String second = topic("tt-move-second", null);
    String moved = topic("tt-moved", first);

    GraphQlTester.Response updated =
        recorder.ok(
            "updateTopic",
            Map.of(
                "id",
                moved,
                "version",
                1,
                "name",
                "Moved topic",
                "parent",
                second,
                "aliases",
                List.of("Shifted")),
            TOPIC_FIELDS);
    updated.path("updateTopic.topic.name").entity(String.class).isEqualTo("Moved topic");
    updated.path("updateTopic.topic.code").entity(String.class).isEqualTo("tt-moved");
    updated.path("updateTopic.topic.version").entity(Integer.class).isEqualTo(2);
    assertThat(childrenOf(first)).isEmpty();
    assertThat(childrenOf(second)).containsExactly("tt-moved");

    recorder
        .ok("updateTopic", input("id", moved, "version", 2, "parent", null), TOPIC_FIELDS)
        .path("updateTopic.topic.parent")
        .valueIsNull();
  }

  @Test
  void updateTopic_refusesTheCodeOfAnotherTopic() {
    String topic = topic("tt-recode", null);
    recorder.refused(
        "updateTopic",
        Map.of("id", topic, "version", 1, "code", "energy"),
        "DUPLICATE",
        "input",
        "code");
  }

  @Test
  void updateTopic_withAStaleVersion_isAConflict() {
    String topic = topic("tt-stale", null);
    recorder.ok("updateTopic", Map.of("id", topic, "version", 1, "name", "Fresh"), "id");
    recorder.refused(
        "updateTopic",
        Map.of("id", topic, "version", 1, "name", "Stale"),
        "CONFLICT",
        "input",
        "version");
  }

  @Test
  void updateTopic_refusesAnIdOfNoTopic() {
    recorder.refused(
        "updateTopic",
        Map.of("id", Api.missing("Topic"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void retireTopic_takesItOutOfListsChildrenAndSearch_butKeepsItReadableByCode() {
    String parent = topic("tt-retire-parent", null);
    String retired =
        recorder.id(
            "createTopic",
            Map.of("code", "tt-retired", "name", "Zhetisu corridor", "parent", parent));
    recorder
        .ok("retireTopic", Map.of("id", retired, "version", 1), "retiredAt version")
        .path("retireTopic.topic.version")
        .entity(Integer.class)
        .isEqualTo(2);

    assertThat(childrenOf(parent)).isEmpty();
    api.graphQl(Role.EDITOR)
        .document("{ topics(first: 100) { nodes { code } } }")
        .execute()
        .path("topics.nodes[*].code")
        .entityList(String.class)
        .contains("energy")
        .doesNotContain("tt-retired");
    api.graphQl(Role.EDITOR)
        .document("{ search(text: \"Zhetisu\") { node { ... on Topic { code } } } }")
        .execute()
        .path("search")
        .entityList(Object.class)
        .hasSize(0);
    api.graphQl(Role.EDITOR)
        .document("{ topic(code: \"tt-retired\") { name retiredAt } }")
        .execute()
        .path("topic.name")
        .entity(String.class)
        .isEqualTo("Zhetisu corridor");
    recorder.refused("retireTopic", Map.of("id", retired, "version", 2), "RETIRED", "input", "id");
    recorder.refused(
        "createTopic",
        Map.of("code", "tt-under-retired", "name", "Under retired", "parent", retired),
        "RETIRED",
        "input",
        "parent");
  }
}
