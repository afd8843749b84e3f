package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.missing;
import static org.entente.api.mutation.Recorder.citing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Recording and correcting meetings through the API, and every way it can be refused. The meetings
 * are the tests' own, between the EU and Uzbekistan in Tashkent, so that no question about
 * Kazakhstan and the EU sees them.
 */
@ApiTest
class MeetingMutationsTest {

  private static final String MEETING_FIELDS =
      "meeting { id title kind status version date { text } place { city country { name } }"
          + " summary parties { name } participants { person { name } role office { name }"
          + " party { name } } topics { code } outcomes citations { passage source { title } }"
          + " statements { text } }"
          + " userErrors { path message code }";

  @Autowired Api api;
  @Autowired DatabaseState database;

  private DemoRecords demo;
  private String eu;
  private String uzbekistan;
  private String kallas;
  private String highRepresentative;
  private String eurodialogue;

  @BeforeEach
  void lookUpTheDemoRecords() {
    demo = new DemoRecords(api);
    eu = demo.europeanUnion();
    uzbekistan = demo.party("UZ");
    kallas = demo.person("Kaja Kallas");
    highRepresentative =
        demo.office("High Representative of the Union for Foreign Affairs and Security Policy");
    eurodialogue = demo.source("Kazakhstan and EU prepare new agreement on enhanced cooperation");
  }

  private GraphQlTester.Response create(Map<String, Object> input) {
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { "
                + MEETING_FIELDS
                + " } }")
        .variable("input", input)
        .execute();
  }

  private GraphQlTester.Response update(Map<String, Object> input) {
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { "
                + MEETING_FIELDS
                + " } }")
        .variable("input", input)
        .execute();
  }

  private static Map<String, Object> participant(
      String person, String role, String office, String party) {
    Map<String, Object> participant = new HashMap<>();
    participant.put("person", person);
    participant.put("role", role);
    participant.put("office", office);
    participant.put("party", party);
    return participant;
  }

  /** Talks in Tashkent with the High Representative, on the given day. */
  private Map<String, Object> tashkentTalks(String title, String date) {
    Map<String, Object> input = new HashMap<>();
    input.put("title", title);
    input.put("kind", "WORKING_VISIT");
    input.put("status", "HELD");
    input.put("date", date);
    input.put("place", Map.of("city", "Tashkent", "country", uzbekistan));
    input.put("summary", "Talks on digital connectivity and regional cooperation.");
    input.put("parties", List.of(eu, uzbekistan));
    input.put("participants", List.of(participant(kallas, "GUEST", highRepresentative, eu)));
    input.put("topics", List.of("digitalisation", "regional-cooperation"));
    input.put("outcomes", List.of("A working group on digital connectivity"));
    input.put("citations", List.of(Map.of("source", eurodialogue, "passage", "talks in Tashkent")));
    return input;
  }

  private Map<String, Object> with(Map<String, Object> input, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(input);
    changed.put(field, value);
    return changed;
  }

  private String created(Map<String, Object> input) {
    GraphQlTester.Response response = create(input);
    response.path("createMeeting.userErrors").entityList(Object.class).hasSize(0);
    return response.path("createMeeting.meeting.id").entity(String.class).get();
  }

  private void refusedCreate(Map<String, Object> input, String code, String... path) {
    new Recorder(api, database).refused("createMeeting", input, code, path);
  }

  private void refusedUpdate(Map<String, Object> input, String code, String... path) {
    new Recorder(api, database).refused("updateMeeting", input, code, path);
  }

  @Test
  void createMeeting_recordsTheMeetingWithItsParticipantsTopicsAndSources_atVersionOne() {
    GraphQlTester.Response response =
        create(tashkentTalks("EU–Uzbekistan digital dialogue", "2025-06-10"));

    response.path("createMeeting.userErrors").entityList(Object.class).hasSize(0);
    response.path("createMeeting.meeting.version").entity(Integer.class).isEqualTo(1);
    response.path("createMeeting.meeting.date.text").entity(String.class).isEqualTo("2025-06-10");
    response.path("createMeeting.meeting.place.city").entity(String.class).isEqualTo("Tashkent");
    response
        .path("createMeeting.meeting.parties[*].name")
        .entityList(String.class)
        .satisfies(
            names ->
                assertThat(names)
                    .containsExactlyInAnyOrder("European Union", "Republic of Uzbekistan"));
    response
        .path("createMeeting.meeting.participants[0].office.name")
        .entity(String.class)
        .isEqualTo("High Representative of the Union for Foreign Affairs and Security Policy");
    response
        .path("createMeeting.meeting.topics[*].code")
        .entityList(String.class)
        .satisfies(
            codes ->
                assertThat(codes)
                    .containsExactlyInAnyOrder("digitalisation", "regional-cooperation"));
    response
        .path("createMeeting.meeting.outcomes")
        .entityList(String.class)
        .containsExactly("A working group on digital connectivity");
    response
        .path("createMeeting.meeting.citations[0].passage")
        .entity(String.class)
        .isEqualTo("talks in Tashkent");
    response.path("createMeeting.meeting.statements").entityList(Object.class).hasSize(0);
  }

  @Test
  void aCreatedMeeting_isListedByTheMeetingFilter_onTheTimeline_andFoundBySearch() {
    String id = created(tashkentTalks("Zarafshan water dialogue", "2025-07-02/2025-07-03"));

    api.graphQl(Role.EDITOR)
        .document(
            "query($uz: ID!) { meetings(filter: {parties: [$uz], text: \"Zarafshan\","
                + " from: \"2025-07-01\", to: \"2025-07-31\"}) { nodes { id date { text } } } }")
        .variable("uz", uzbekistan)
        .execute()
        .path("meetings.nodes[*].id")
        .entityList(String.class)
        .containsExactly(id);
    api.graphQl(Role.EDITOR)
        .document(
            "query($between: [ID!]!) { timeline(filter: {parties: $between, kinds: [MEETING],"
                + " from: \"2025-07-01\", to: \"2025-07-31\"}) {"
                + " nodes { ... on Meeting { id title } } } }")
        .variable("between", List.of(eu, uzbekistan))
        .execute()
        .path("timeline.nodes[*].id")
        .entityList(String.class)
        .contains(id);
    api.graphQl(Role.EDITOR)
        .document(
            "{ search(text: \"Zarafshan\") { node { __typename ... on Meeting { id title } } } }")
        .execute()
        .path("search[?(@.node.__typename == 'Meeting')].node.id")
        .entityList(String.class)
        .containsExactly(id);
  }

  @Test
  void createMeeting_refusesAParticipantInAnOfficeTheyDidNotHoldOnItsDate() {
    String borrell = demo.person("Josep Borrell");
    refusedCreate(
        with(
            tashkentTalks("Talks with a former High Representative", "2025-06-11"),
            "participants",
            List.of(
                participant(kallas, "GUEST", highRepresentative, eu),
                participant(borrell, "DELEGATION_MEMBER", highRepresentative, eu))),
        "OFFICE_NOT_HELD",
        "input",
        "participants",
        "1",
        "office");
  }

  @Test
  void createMeeting_refusesAMeetingThatCitesNoSource() {
    refusedCreate(
        with(tashkentTalks("Unreported talks", "2025-06-12"), "citations", List.of()),
        "UNCITED",
        "input",
        "citations");
  }

  @Test
  void createMeeting_refusesAnUnknownPerson_atTheirPlaceAmongTheParticipants() {
    refusedCreate(
        with(
            tashkentTalks("Talks with nobody", "2025-06-13"),
            "participants",
            List.of(
                participant(kallas, "GUEST", null, eu),
                participant(missing("Person"), "HOST", null, uzbekistan))),
        "UNKNOWN_REFERENCE",
        "input",
        "participants",
        "1",
        "person");
  }

  @Test
  void createMeeting_refusesAnIdOfAnotherKind_orNoIdAtAll_atItsField() {
    refusedCreate(
        with(
            tashkentTalks("Talks in a topic's office", "2025-06-14"),
            "participants",
            List.of(participant(kallas, "GUEST", demo.topic("energy"), eu))),
        "INVALID_ID",
        "input",
        "participants",
        "0",
        "office");
    refusedCreate(
        with(
            tashkentTalks("Talks with a malformed side", "2025-06-14"),
            "parties",
            List.of(eu, "not-an-id")),
        "INVALID_ID",
        "input",
        "parties",
        "1");
  }

  @Test
  void createMeeting_refusesAnUnknownTopicCode_andAnUnknownSource() {
    refusedCreate(
        with(
            tashkentTalks("Talks on nothing known", "2025-06-15"),
            "topics",
            List.of("digitalisation", "astrology")),
        "UNKNOWN_REFERENCE",
        "input",
        "topics",
        "1");
    refusedCreate(
        with(
            tashkentTalks("Talks from nowhere", "2025-06-15"),
            "citations",
            citing(missing("Source"))),
        "UNKNOWN_REFERENCE",
        "input",
        "citations",
        "0",
        "source");
  }

  @Test
  void createMeeting_refusesAMalformedDate() {
    refusedCreate(
        tashkentTalks("Talks on no date", "10.06.2025"), "INVALID_INPUT", "input", "date");
  }

  @Test
  void createMeeting_refusesWhatTheMeetingRulesOut() {
    refusedCreate(
        with(tashkentTalks("Talks with oneself", "2025-06-16"), "parties", List.of(eu)),
        "TOO_FEW_PARTIES",
        "input",
        "parties");
    refusedCreate(
        with(
            tashkentTalks("Talks with Turkmenistan's delegate", "2025-06-16"),
            "participants",
            List.of(participant(kallas, "GUEST", null, demo.party("TM")))),
        "NOT_A_SIDE",
        "input",
        "participants",
        "0",
        "party");
    refusedCreate(
        with(
            tashkentTalks("Talks with a double", "2025-06-16"),
            "participants",
            List.of(
                participant(kallas, "GUEST", null, eu), participant(kallas, "CO_CHAIR", null, eu))),
        "DUPLICATE_PARTICIPANT",
        "input",
        "participants",
        "1",
        "person");
  }

  @Test
  void createMeeting_refusesARetiredParty_asANewSide() {
    String retired =
        api.graphQl(Role.EDITOR)
            .document(
                "mutation { createParty(input: {kind: INTERNATIONAL_ORGANISATION,"
                    + " name: \"Aral Sea Forum\"}) { party { id } } }")
            .execute()
            .path("createParty.party.id")
            .entity(String.class)
            .get();
    api.graphQl(Role.EDITOR)
        .document(
            "mutation($id: ID!) { retireParty(input: {id: $id, version: 1}) { userErrors { code } } }")
        .variable("id", retired)
        .execute()
        .path("retireParty.userErrors")
        .entityList(Object.class)
        .hasSize(0);
    refusedCreate(
        with(
            tashkentTalks("Talks with a retired forum", "2025-06-17"),
            "parties",
            List.of(eu, uzbekistan, retired)),
        "RETIRED",
        "input",
        "parties",
        "2");
  }

  @Test
  void updateMeeting_changesTheFieldsGiven_replacesTheListsGiven_andRaisesTheVersion() {
    String id = created(tashkentTalks("EU–Uzbekistan transport talks", "2025-06-18"));
    Map<String, Object> input = new HashMap<>();
    input.put("id", id);
    input.put("version", 1);
    input.put("title", "EU–Uzbekistan transport and digital talks");
    input.put("topics", List.of("connectivity"));
    input.put("summary", null);
    GraphQlTester.Response updated = update(input);

    updated.path("updateMeeting.userErrors").entityList(Object.class).hasSize(0);
    updated.path("updateMeeting.meeting.version").entity(Integer.class).isEqualTo(2);
    updated
        .path("updateMeeting.meeting.title")
        .entity(String.class)
        .isEqualTo("EU–Uzbekistan transport and digital talks");
    updated
        .path("updateMeeting.meeting.topics[*].code")
        .entityList(String.class)
        .containsExactly("connectivity");
    updated.path("updateMeeting.meeting.summary").valueIsNull();
    updated.path("updateMeeting.meeting.date.text").entity(String.class).isEqualTo("2025-06-18");
    updated
        .path("updateMeeting.meeting.participants[*].person.name")
        .entityList(String.class)
        .containsExactly("Kaja Kallas");
    updated.path("updateMeeting.meeting.place.city").entity(String.class).isEqualTo("Tashkent");
  }

  private List<Map<String, String>> history(String meeting) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { meeting(id: $id) { history { table operation } } }")
        .variable("id", meeting)
        .execute()
        .path("meeting.history")
        .entity(new ParameterizedTypeReference<List<Map<String, String>>>() {})
        .get();
  }

  @Test
  void updateMeeting_ofOneOutcome_writesOnlyThatRow() {
    String id =
        created(
            with(
                tashkentTalks("EU–Uzbekistan water talks", "2025-06-19"),
                "outcomes",
                List.of("A joint statement", "A water task force")));
    int created = history(id).size();
    update(
            Map.of(
                "id",
                id,
                "version",
                1,
                "outcomes",
                List.of("A joint statement", "A water and energy task force")))
        .path("updateMeeting.meeting.outcomes")
        .entityList(String.class)
        .containsExactly("A joint statement", "A water and energy task force");

    List<Map<String, String>> changes = history(id);
    assertThat(changes.subList(created, changes.size()))
        .containsExactlyInAnyOrder(
            Map.of("table", "meeting", "operation", "UPDATE"),
            Map.of("table", "outcome", "operation", "DELETE"),
            Map.of("table", "outcome", "operation", "INSERT"));
  }

  @Test
  void updateMeeting_toADateTheParticipantHeldNoOfficeOn_isRefused() {
    String id = created(tashkentTalks("EU–Uzbekistan energy talks", "2025-06-20"));
    refusedUpdate(
        Map.of("id", id, "version", 1, "date", "2024-06"),
        "OFFICE_NOT_HELD",
        "input",
        "participants",
        "0",
        "office");
  }

  @Test
  void updateMeeting_refusesParticipantsThatLeaveOutSomeoneWhoseStatementIsOnRecord() {
    String wiegand = demo.person("Gunnar Wiegand");
    String id =
        created(
            with(
                tashkentTalks("EU–Uzbekistan rule of law talks", "2025-06-21"),
                "participants",
                List.of(
                    participant(kallas, "GUEST", highRepresentative, eu),
                    participant(wiegand, "DELEGATION_MEMBER", null, eu))));
    api.graphQl(Role.EDITOR)
        .document(
            "mutation($meeting: ID!, $person: ID!, $source: ID!) { createStatement(input: {"
                + " meeting: $meeting, person: $person, kind: PARAPHRASE,"
                + " text: \"Judicial reform will be followed closely.\","
                + " citations: [{source: $source}]}) { userErrors { code } } }")
        .variable("meeting", id)
        .variable("person", wiegand)
        .variable("source", eurodialogue)
        .execute()
        .path("createStatement.userErrors")
        .entityList(Object.class)
        .hasSize(0);

    refusedUpdate(
        Map.of(
            "id",
            id,
            "version",
            2,
            "participants",
            List.of(participant(kallas, "GUEST", highRepresentative, eu))),
        "NOT_A_PARTICIPANT",
        "input",
        "participants");
  }

  @Test
  void updateMeeting_withAStaleVersion_isAConflictThatSaysWhatChanged() {
    String id = created(tashkentTalks("EU–Uzbekistan climate talks", "2025-06-22"));
    update(Map.of("id", id, "version", 1, "status", "POSTPONED"))
        .path("updateMeeting.userErrors")
        .entityList(Object.class)
        .hasSize(0);
    String message =
        new Recorder(api, database)
            .refused(
                "updateMeeting",
                Map.of("id", id, "version", 1, "title", "Climate"),
                "CONFLICT",
                "input",
                "version");
    assertThat(message).contains("version 1", "now 2", "status");
  }

  @Test
  void updateMeeting_refusesAnIdOfNoMeeting() {
    refusedUpdate(Map.of("id", missing("Meeting"), "version", 1), "NOT_FOUND", "input", "id");
  }

  @Test
  void history_showsTheMeetingAndItsPartsAsWritten() {
    String id = created(tashkentTalks("EU–Uzbekistan health talks", "2025-06-23"));
    GraphQlTester.Response history =
        api.graphQl(Role.EDITOR)
            .document(
                "query($id: ID!) { node(id: $id) { ... on Meeting { version updatedAt"
                    + " history { table operation actor after } } } }")
            .variable("id", id)
            .execute();
    history
        .path("node.history[*].table")
        .entityList(String.class)
        .contains(
            "meeting", "meeting_party", "participant", "meeting_topic", "outcome", "citation");
    history
        .path("node.history[*].operation")
        .entityList(String.class)
        .doesNotContain("UPDATE", "DELETE");
    history
        .path("node.history[0].after.title")
        .entity(String.class)
        .isEqualTo("EU–Uzbekistan health talks");
  }

  @Test
  void aRetryWithTheSameIdempotencyKey_recordsTheMeetingOnce() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> input = tashkentTalks("EU–Uzbekistan retried talks", "2025-06-24");
    List<String> ids =
        List.of(1, 2).stream()
            .map(
                attempt ->
                    api.graphQl(Role.EDITOR)
                        .mutate()
                        .header("Idempotency-Key", key)
                        .build()
                        .document(
                            "mutation($input: CreateMeetingInput!) { createMeeting(input: $input)"
                                + " { meeting { id } } }")
                        .variable("input", input)
                        .execute()
                        .path("createMeeting.meeting.id")
                        .entity(String.class)
                        .get())
            .toList();
    assertThat(ids.get(1)).isEqualTo(ids.get(0));
  }
}
