package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.mutation.Recorder.input;

import java.util.Map;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Recording, correcting and retiring sources through the API, and every way it can be refused. */
@ApiTest
class SourceMutationsTest {

  private static final String SOURCE_FIELDS =
      "id publisher title url language published { text precision } retrievedOn version"
          + " updatedAt retiredAt";

  @Autowired Api api;
  @Autowired DatabaseState database;
  private Recorder recorder;

  @BeforeEach
  void recorder() {
    recorder = new Recorder(api, database);
  }

  private Map<String, Object> akorda(Object... changes) {
    Map<String, Object> input =
        input(
            "publisher",
            "Akorda",
            "title",
            "Kassym-Jomart Tokayev receives the delegation (source tests)",
            "url",
            "https://www.akorda.kz/en/source-tests",
            "language",
            "en",
            "published",
            "2025-03-28",
            "retrievedOn",
            "2025-03-29");
    for (int i = 0; i < changes.length; i += 2) {
      input.put((String) changes[i], changes[i + 1]);
    }
    return input;
  }

  @Test
  void createSource_recordsThePublication_withItsPartialDate() {
    GraphQlTester.Response created =
        recorder.ok("createSource", akorda("published", "2025-03"), SOURCE_FIELDS);
    created.path("createSource.source.version").entity(Integer.class).isEqualTo(1);
    created.path("createSource.source.published.precision").entity(String.class).isEqualTo("MONTH");
    created.path("createSource.source.retrievedOn").entity(String.class).isEqualTo("2025-03-29");
    created
        .path("createSource.source.url")
        .entity(String.class)
        .isEqualTo("https://www.akorda.kz/en/source-tests");
  }

  @Test
  void createSource_acceptsAnUnknownPublicationDate() {
    recorder
        .ok("createSource", akorda("published", "unknown"), SOURCE_FIELDS)
        .path("createSource.source.published.precision")
        .entity(String.class)
        .isEqualTo("UNKNOWN");
  }

  @Test
  void createSource_refusesADateItCannotRead_atItsField() {
    recorder.refused(
        "createSource", akorda("published", "28/03/2025"), "INVALID_INPUT", "input", "published");
  }

  @Test
  void createSource_refusesAUrlItCannotRead_atItsField() {
    recorder.refused(
        "createSource", akorda("url", "https://akorda kz/"), "INVALID_INPUT", "input", "url");
  }

  @Test
  void createSource_refusesWhatTheRecordDoesNotHold() {
    recorder.refused(
        "createSource", akorda("url", "ftp://akorda.kz/release"), "INVALID_INPUT", "input");
    recorder.refused("createSource", akorda("language", "English"), "INVALID_INPUT", "input");
    recorder.refused("createSource", akorda("title", " "), "INVALID_INPUT", "input");
  }

  @Test
  void updateSource_changesTheFieldsGiven_clearsThoseGivenAsNull_andRaisesTheVersion() {
    String id = recorder.id("createSource", akorda());
    GraphQlTester.Response updated =
        recorder.ok(
            "updateSource",
            input("id", id, "version", 1, "title", "Tokayev meets Kallas", "url", null),
            SOURCE_FIELDS);
    updated
        .path("updateSource.source.title")
        .entity(String.class)
        .isEqualTo("Tokayev meets Kallas");
    updated.path("updateSource.source.url").valueIsNull();
    updated.path("updateSource.source.publisher").entity(String.class).isEqualTo("Akorda");
    updated.path("updateSource.source.published.text").entity(String.class).isEqualTo("2025-03-28");
    updated.path("updateSource.source.version").entity(Integer.class).isEqualTo(2);
  }

  @Test
  void updateSource_withAStaleVersion_isAConflictThatSaysWhatChanged() {
    String id = recorder.id("createSource", akorda());
    recorder.ok("updateSource", Map.of("id", id, "version", 1, "language", "ru"), "id");
    String message =
        recorder.refused(
            "updateSource",
            Map.of("id", id, "version", 1, "language", "kk"),
            "CONFLICT",
            "input",
            "version");
    assertThat(message).contains("language");
  }

  @Test
  void updateSource_refusesAnIdOfNoSource() {
    recorder.refused(
        "updateSource",
        Map.of("id", Api.missing("Source"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void retireSource_takesItOutOfListsAndSearch_butKeepsItReadableById() {
    String id =
        recorder.id(
            "createSource", akorda("publisher", "Qazinform", "title", "Zhaksylyk bulletin"));
    recorder
        .ok("retireSource", Map.of("id", id, "version", 1), "retiredAt version")
        .path("retireSource.source.version")
        .entity(Integer.class)
        .isEqualTo(2);
    api.graphQl(Role.EDITOR)
        .document("{ sources(first: 100) { nodes { id } } }")
        .execute()
        .path("sources.nodes[*].id")
        .entityList(String.class)
        .doesNotContain(id);
    api.graphQl(Role.EDITOR)
        .document("{ search(text: \"Zhaksylyk\") { node { ... on Source { title } } } }")
        .execute()
        .path("search")
        .entityList(Object.class)
        .hasSize(0);
    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { source(id: $id) { title retiredAt } }")
        .variable("id", id)
        .execute()
        .path("source.title")
        .entity(String.class)
        .isEqualTo("Zhaksylyk bulletin");
    recorder.refused("retireSource", Map.of("id", id, "version", 2), "RETIRED", "input", "id");
  }
}
