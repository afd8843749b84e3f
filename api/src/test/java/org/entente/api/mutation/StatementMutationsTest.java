package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.missing;
import static org.entente.api.mutation.Recorder.citing;

import java.util.HashMap;
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

/**
 * Recording, correcting and removing statements through the API, and every way it can be refused.
 * Each test makes its own meeting between the EU and Turkmenistan, with Gunnar Wiegand and Alexei
 * Volkov taking part, and Erlan Idrissov not.
 */
@ApiTest
class StatementMutationsTest {

  private static final String STATEMENT_FIELDS =
      "statement { id text kind version person { name } topics { code }"
          + " citations { passage source { title } } meeting { id version statements { id } } }"
          + " userErrors { path message code }";

  @Autowired Api api;
  @Autowired DatabaseState database;

  private DemoRecords demo;
  private Recorder recorder;
  private String wiegand;
  private String volkov;
  private String idrissov;
  private String eurodialogue;

  @BeforeEach
  void lookUpTheDemoRecords() {
    demo = new DemoRecords(api);
    recorder = new Recorder(api, database);
    wiegand = demo.person("Gunnar Wiegand");
    volkov = demo.person("Alexei Volkov");
    idrissov = demo.person("Erlan Idrissov");
    eurodialogue = demo.source("Kazakhstan and EU prepare new agreement on enhanced cooperation");
  }

  /** A meeting of the test's own in Ashgabat, at version 1. */
  private String meeting(String title) {
    String eu = demo.europeanUnion();
    String turkmenistan = demo.party("TM");
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) {"
                + " meeting { id } userErrors { code } } }")
        .variable(
            "input",
            Map.of(
                "title",
                title,
                "kind",
                "BILATERAL_MEETING",
                "status",
                "HELD",
                "date",
                "2016-10",
                "place",
                Map.of("city", "Ashgabat", "country", turkmenistan),
                "parties",
                List.of(eu, turkmenistan),
                "participants",
                List.of(
                    Map.of("person", wiegand, "role", "HEAD_OF_DELEGATION", "party", eu),
                    Map.of("person", volkov, "role", "HOST", "party", turkmenistan)),
                "citations",
                citing(eurodialogue)))
        .execute()
        .path("createMeeting.meeting.id")
        .entity(String.class)
        .get();
  }

  private Map<String, Object> said(String meeting, String person, String text) {
    Map<String, Object> input = new HashMap<>();
    input.put("meeting", meeting);
    input.put("person", person);
    input.put("kind", "PARAPHRASE");
    input.put("text", text);
    input.put("topics", List.of("regional-cooperation"));
    input.put("citations", List.of(Map.of("source", eurodialogue, "passage", "Wiegand said")));
    return input;
  }

  private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(input);
    changed.put(field, value);
    return changed;
  }

  private GraphQlTester.Response mutate(String mutation, String type, Map<String, Object> input) {
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: "
                + type
                + "!) { "
                + mutation
                + "(input: $input) { "
                + STATEMENT_FIELDS
                + " } }")
        .variable("input", input)
        .execute();
  }

  private GraphQlTester.Response create(Map<String, Object> input) {
    return mutate("createStatement", "CreateStatementInput", input);
  }

  private GraphQlTester.Response update(Map<String, Object> input) {
    return mutate("updateStatement", "UpdateStatementInput", input);
  }

  private GraphQlTester.Response remove(String id, int version) {
    return mutate("removeStatement", "RemoveStatementInput", Map.of("id", id, "version", version));
  }

  private String created(Map<String, Object> input) {
    GraphQlTester.Response response = create(input);
    response.path("createStatement.userErrors").entityList(Object.class).hasSize(0);
    return response.path("createStatement.statement.id").entity(String.class).get();
  }

  private int meetingVersion(String meeting) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { meeting(id: $id) { version } }")
        .variable("id", meeting)
        .execute()
        .path("meeting.version")
        .entity(Integer.class)
        .get();
  }

  @Test
  void createStatement_recordsWhatAParticipantSaid_afterTheOthers_andRaisesTheMeetingsVersion() {
    String meeting = meeting("EU–Turkmenistan human rights dialogue");
    String first = created(said(meeting, volkov, "Welcomed the dialogue's sixth round."));

    GraphQlTester.Response second =
        create(
            with(
                said(meeting, wiegand, "Raised the Khorezmian pipeline's environmental review."),
                "meetingVersion",
                2));

    second.path("createStatement.userErrors").entityList(Object.class).hasSize(0);
    second.path("createStatement.statement.version").entity(Integer.class).isEqualTo(1);
    second
        .path("createStatement.statement.person.name")
        .entity(String.class)
        .isEqualTo("Gunnar Wiegand");
    second
        .path("createStatement.statement.topics[*].code")
        .entityList(String.class)
        .containsExactly("regional-cooperation");
    second
        .path("createStatement.statement.citations[0].passage")
        .entity(String.class)
        .isEqualTo("Wiegand said");
    second.path("createStatement.statement.meeting.version").entity(Integer.class).isEqualTo(3);
    String id = second.path("createStatement.statement.id").entity(String.class).get();
    second
        .path("createStatement.statement.meeting.statements[*].id")
        .entityList(String.class)
        .containsExactly(first, id);
    api.graphQl(Role.EDITOR)
        .document(
            "{ search(text: \"Khorezmian\") { node { __typename ... on Statement { id } } } }")
        .execute()
        .path("search[?(@.node.__typename == 'Statement')].node.id")
        .entityList(String.class)
        .containsExactly(id);
  }

  @Test
  void createStatement_refusesTheWordsOfSomeoneWhoDidNotTakePart() {
    String meeting = meeting("EU–Turkmenistan energy dialogue");
    recorder.refused(
        "createStatement",
        said(meeting, idrissov, "Spoke of the Caspian."),
        "NOT_A_PARTICIPANT",
        "input",
        "person");
  }

  @Test
  void createStatement_refusesAnUnknownSpeaker_orMeeting_atTheirFields() {
    String meeting = meeting("EU–Turkmenistan trade dialogue");
    recorder.refused(
        "createStatement",
        said(meeting, missing("Person"), "Spoke of cotton."),
        "UNKNOWN_REFERENCE",
        "input",
        "person");
    recorder.refused(
        "createStatement",
        said(missing("Meeting"), wiegand, "Spoke of cotton."),
        "UNKNOWN_REFERENCE",
        "input",
        "meeting");
    recorder.refused(
        "createStatement",
        said(wiegand, wiegand, "Spoke of cotton."),
        "INVALID_ID",
        "input",
        "meeting");
  }

  @Test
  void createStatement_refusesAStatementThatCitesNoSource() {
    String meeting = meeting("EU–Turkmenistan education dialogue");
    recorder.refused(
        "createStatement",
        with(said(meeting, wiegand, "Spoke of schools."), "citations", List.of()),
        "UNCITED",
        "input",
        "citations");
  }

  @Test
  void createStatement_againstAMeetingChangedSince_isAConflictThatSaysWhatChanged() {
    String meeting = meeting("EU–Turkmenistan border dialogue");
    created(said(meeting, volkov, "Spoke of border management."));
    Map<String, String> before = database.fingerprint();
    GraphQlTester.Response stale =
        create(with(said(meeting, wiegand, "Spoke of customs."), "meetingVersion", 1));
    stale.path("createStatement.statement").valueIsNull();
    stale.path("createStatement.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
    stale
        .path("createStatement.userErrors[0].path")
        .entityList(String.class)
        .containsExactly("input", "meetingVersion");
    stale
        .path("createStatement.userErrors[0].message")
        .entity(String.class)
        .satisfies(message -> assertThat(message).contains("version 1", "now 2", "statement"));
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  @Test
  void updateStatement_changesTheFieldsGiven_keepsTheOthers_andRaisesBothVersions() {
    String meeting = meeting("EU–Turkmenistan water dialogue");
    String id = created(said(meeting, wiegand, "Spoke of the Amu Darya."));
    GraphQlTester.Response updated =
        update(
            Map.of(
                "id",
                id,
                "version",
                1,
                "kind",
                "QUOTE",
                "text",
                "The Amu Darya is shared.",
                "citations",
                citing(eurodialogue)));

    updated.path("updateStatement.userErrors").entityList(Object.class).hasSize(0);
    updated.path("updateStatement.statement.version").entity(Integer.class).isEqualTo(2);
    updated.path("updateStatement.statement.kind").entity(String.class).isEqualTo("QUOTE");
    updated
        .path("updateStatement.statement.person.name")
        .entity(String.class)
        .isEqualTo("Gunnar Wiegand");
    updated
        .path("updateStatement.statement.topics[*].code")
        .entityList(String.class)
        .containsExactly("regional-cooperation");
    updated.path("updateStatement.statement.citations[0].passage").valueIsNull();
    updated.path("updateStatement.statement.meeting.version").entity(Integer.class).isEqualTo(3);
  }

  @Test
  void updateStatement_refusesASpeakerWhoDidNotTakePart() {
    String meeting = meeting("EU–Turkmenistan transport dialogue");
    String id = created(said(meeting, wiegand, "Spoke of the Caspian ferries."));
    recorder.refused(
        "updateStatement",
        Map.of("id", id, "version", 1, "person", idrissov),
        "NOT_A_PARTICIPANT",
        "input",
        "person");
  }

  @Test
  void updateStatement_withAStaleVersion_isAConflict() {
    String meeting = meeting("EU–Turkmenistan gas dialogue");
    String id = created(said(meeting, wiegand, "Spoke of gas."));
    update(Map.of("id", id, "version", 1, "text", "Spoke of gas exports."))
        .path("updateStatement.userErrors")
        .entityList(Object.class)
        .hasSize(0);
    recorder.refused(
        "updateStatement",
        Map.of("id", id, "version", 1, "text", "Spoke of gas prices."),
        "CONFLICT",
        "input",
        "version");
  }

  @Test
  void removeStatement_answersItsLastState_andTakesItOffTheMeeting() {
    String meeting = meeting("EU–Turkmenistan cotton dialogue");
    String id = created(said(meeting, wiegand, "Spoke of forced labour in cotton."));
    GraphQlTester.Response removed = remove(id, 1);

    removed.path("removeStatement.userErrors").entityList(Object.class).hasSize(0);
    removed
        .path("removeStatement.statement.text")
        .entity(String.class)
        .isEqualTo("Spoke of forced labour in cotton.");
    removed.path("removeStatement.statement.version").entity(Integer.class).isEqualTo(1);
    removed.path("removeStatement.statement.meeting.version").entity(Integer.class).isEqualTo(3);
    removed
        .path("removeStatement.statement.meeting.statements")
        .entityList(Object.class)
        .hasSize(0);
    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { statement(id: $id) { text } node(id: $id) { id } }")
        .variable("id", id)
        .execute()
        .path("statement")
        .valueIsNull()
        .path("node")
        .valueIsNull();
  }

  @Test
  void removeStatement_keepsItsHistory_endingInTheRemoval() {
    String meeting = meeting("EU–Turkmenistan culture dialogue");
    String id = created(said(meeting, wiegand, "Spoke of Merv."));
    GraphQlTester.Response removed =
        api.graphQl(Role.EDITOR)
            .document(
                "mutation($id: ID!) { removeStatement(input: {id: $id, version: 1}) {"
                    + " statement { history { table operation } } } }")
            .variable("id", id)
            .execute();
    removed
        .path("removeStatement.statement.history[0].operation")
        .entity(String.class)
        .isEqualTo("INSERT");
    removed
        .path("removeStatement.statement.history[?(@.table == 'statement')].operation")
        .entityList(String.class)
        .containsExactly("INSERT", "DELETE");
  }

  @Test
  void removeStatement_refusesAStaleVersion_andAnIdOfNoStatement() {
    String meeting = meeting("EU–Turkmenistan aviation dialogue");
    String id = created(said(meeting, wiegand, "Spoke of flights."));
    update(Map.of("id", id, "version", 1, "text", "Spoke of direct flights."));
    recorder.refused(
        "removeStatement", Map.of("id", id, "version", 1), "CONFLICT", "input", "version");
    recorder.refused(
        "removeStatement",
        Map.of("id", missing("Statement"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }
}
