package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Recording, correcting and retiring people through the API, and every way it can be refused. */
@ApiTest
class PersonMutationsTest {

  private static final String PERSON_FIELDS =
      "id name aliases identifiers { scheme value } version updatedAt retiredAt";

  @Autowired Api api;
  @Autowired DatabaseState database;
  private Recorder recorder;

  @BeforeEach
  void recorder() {
    recorder = new Recorder(api, database);
  }

  @Test
  void createPerson_recordsANameWithItsAliasesAndIdentifiers_atVersionOne() {
    GraphQlTester.Response created =
        recorder.ok(
            "createPerson",
            Map.of(
                "name",
                "Mukhtar Tileuberdi",
                "aliases",
                List.of("Tileuberdi", "Mukhtar Tleuberdi"),
                "identifiers",
                List.of(Map.of("scheme", "WIKIDATA", "value", "Q4335127"))),
            PERSON_FIELDS);
    created.path("createPerson.person.version").entity(Integer.class).isEqualTo(1);
    created
        .path("createPerson.person.aliases")
        .entityList(String.class)
        .containsExactly("Mukhtar Tleuberdi", "Tileuberdi");
    String id = created.path("createPerson.person.id").entity(String.class).get();
    api.graphQl(Role.EDITOR)
        .document("{ person(identifier: {scheme: \"WIKIDATA\", value: \"Q4335127\"}) { id } }")
        .execute()
        .path("person.id")
        .entity(String.class)
        .isEqualTo(id);
  }

  @Test
  void createPerson_refusesABlankName() {
    recorder.refused("createPerson", Map.of("name", "  "), "INVALID_INPUT", "input");
  }

  @Test
  void createPerson_refusesABlankAlias() {
    recorder.refused(
        "createPerson",
        Map.of("name", "Roman Vassilenko", "aliases", List.of("Vassilenko", " ")),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void createPerson_refusesAMalformedIdentifier_atItsPlaceInTheList() {
    recorder.refused(
        "createPerson",
        Map.of(
            "name",
            "Roman Vassilenko",
            "identifiers",
            List.of(Map.of("scheme", "wikidata", "value", "Q1"))),
        "INVALID_INPUT",
        "input",
        "identifiers",
        "0");
  }

  @Test
  void createPerson_refusesAnIdentifierThatNamesAnotherRecord() {
    recorder.refused(
        "createPerson",
        Map.of(
            "name",
            "Roman Vassilenko",
            "identifiers",
            List.of(
                Map.of("scheme", "WIKIDATA", "value", "Q-vassilenko"),
                Map.of("scheme", "WIKIDATA", "value", "Q458"))),
        "DUPLICATE_IDENTIFIER",
        "input",
        "identifiers",
        "1");
  }

  @Test
  void updatePerson_changesTheFieldsGiven_keepsTheOthers_andRaisesTheVersion() {
    String id =
        recorder.id(
            "createPerson",
            Map.of(
                "name",
                "Murat Nurtleu",
                "aliases",
                List.of("Nurtleu"),
                "identifiers",
                List.of(Map.of("scheme", "WIKIDATA", "value", "Q-nurtleu"))));
    GraphQlTester.Response updated =
        recorder.ok(
            "updatePerson",
            Map.of("id", id, "version", 1, "aliases", List.of("Nurtleu", "Murat Nurtleu-uly")),
            PERSON_FIELDS);
    updated.path("updatePerson.person.name").entity(String.class).isEqualTo("Murat Nurtleu");
    updated
        .path("updatePerson.person.aliases")
        .entityList(String.class)
        .containsExactly("Murat Nurtleu-uly", "Nurtleu");
    updated
        .path("updatePerson.person.identifiers[0].value")
        .entity(String.class)
        .isEqualTo("Q-nurtleu");
    updated.path("updatePerson.person.version").entity(Integer.class).isEqualTo(2);

    recorder
        .ok(
            "updatePerson",
            Map.of("id", id, "version", 2, "name", "Murat Nurtleu", "identifiers", List.of()),
            PERSON_FIELDS)
        .path("updatePerson.person.identifiers")
        .entityList(Object.class)
        .hasSize(0);
  }

  @Test
  void updatePerson_withAStaleVersion_isAConflictThatSaysWhatChanged() {
    String id = recorder.person("Beibut Atamkulov");
    recorder.ok("updatePerson", Map.of("id", id, "version", 1, "name", "Beibut Atamkulov"), "id");
    String message =
        recorder.refused(
            "updatePerson",
            Map.of("id", id, "version", 1, "aliases", List.of("Atamkulov")),
            "CONFLICT",
            "input",
            "version");
    assertThat(message).contains("version 1", "now 2");
  }

  @Test
  void updatePerson_refusesAnIdOfNoPerson_andTheIdOfAnotherKindOfRecord() {
    recorder.refused(
        "updatePerson",
        Map.of("id", Api.missing("Person"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
    recorder.refused(
        "updatePerson",
        Map.of("id", Api.missing("Office"), "version", 1),
        "INVALID_ID",
        "input",
        "id");
  }

  @Test
  void retirePerson_takesThemOutOfListsAndSearch_butKeepsThemReadableById() {
    String id = recorder.person("Zhanibek Retiredov");
    recorder.person("Zhanibek Keptov");
    recorder.ok("updatePerson", Map.of("id", id, "version", 1, "aliases", List.of("Zhanik")), "id");
    GraphQlTester.Response retired =
        recorder.ok("retirePerson", Map.of("id", id, "version", 2), PERSON_FIELDS);
    retired.path("retirePerson.person.version").entity(Integer.class).isEqualTo(3);
    retired
        .path("retirePerson.person.retiredAt")
        .entity(String.class)
        .satisfies(at -> assertThat(at).endsWith("Z"));

    api.graphQl(Role.EDITOR)
        .document("{ people(first: 100) { nodes { id } } }")
        .execute()
        .path("people.nodes[*].id")
        .entityList(String.class)
        .doesNotContain(id);
    api.graphQl(Role.EDITOR)
        .document("{ search(text: \"Zhanibek\") { node { ... on Person { name } } } }")
        .execute()
        .path("search[*].node.name")
        .entityList(String.class)
        .contains("Zhanibek Keptov")
        .doesNotContain("Zhanibek Retiredov");
    api.graphQl(Role.EDITOR)
        .document("{ search(text: \"Zhanik\") { node { ... on Person { name } } } }")
        .execute()
        .path("search[*].node.name")
        .entityList(String.class)
        .doesNotContain("Zhanibek Retiredov");
    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { node(id: $id) { ... on Person { name retiredAt } } }")
        .variable("id", id)
        .execute()
        .path("node.name")
        .entity(String.class)
        .isEqualTo("Zhanibek Retiredov");

    recorder.refused("retirePerson", input("id", id, "version", 3), "RETIRED", "input", "id");
  }

  @Test
  void retirePerson_withAStaleVersion_isAConflict() {
    String id = recorder.person("Askar Mamin");
    recorder.ok("updatePerson", Map.of("id", id, "version", 1, "aliases", List.of("Mamin")), "id");
    recorder.refused(
        "retirePerson", Map.of("id", id, "version", 1), "CONFLICT", "input", "version");
  }

  @Test
  void history_showsTheNameAndTheAliasesAsTheyChanged() {
    String id = recorder.person("Karim Massimov");
    recorder.ok(
        "updatePerson", Map.of("id", id, "version", 1, "aliases", List.of("Masimov")), "id");
    GraphQlTester.Response history =
        api.graphQl(Role.EDITOR)
            .document(
                "query($id: ID!) { node(id: $id) { ... on Person {"
                    + " history { operation table after } } } }")
            .variable("id", id)
            .execute();
    history
        .path("node.history[*].table")
        .entityList(String.class)
        .containsExactly("person", "person", "person_alias");
    history.path("node.history[2].after.alias").entity(String.class).isEqualTo("Masimov");
  }
}
