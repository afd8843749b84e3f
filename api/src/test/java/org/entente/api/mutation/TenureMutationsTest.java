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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Recording, correcting and retiring tenures through the API: the rule of one holder at a time, and
 * the rule that a meeting's participant held the office recorded for them.
 */
@ApiTest
class TenureMutationsTest {

  private static final String TENURE_FIELDS =
      "id person { name } office { name } start { text precision } end { text }"
          + " citations { source { title } passage } version updatedAt retiredAt";

  @Autowired Api api;
  @Autowired DatabaseState database;
  private Recorder recorder;

  private String party;
  private String source;

  @BeforeEach
  void recordParties() {
    recorder = new Recorder(api, database);
    party = recorder.party("Republic of Tenuria (tenure tests)");
    source = recorder.source("Tenuria gazette (tenure tests)");
  }

  /** The name of who held the office on the day, or "" when the record shows nobody for certain. */
  private String holderOn(String office, String day) {
    Map<String, Object> found =
        api.graphQl(Role.EDITOR)
            .document(
                "query($id: ID!, $day: Date!) { office(id: $id) { holder(asOf: $day) { name } } }")
            .variable("id", office)
            .variable("day", day)
            .execute()
            .path("office")
            .entity(new ParameterizedTypeReference<Map<String, Object>>() {})
            .get();
    return found.get("holder") instanceof Map<?, ?> holder ? (String) holder.get("name") : "";
  }

  private List<String> tenuresOfPerson(String person) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { person(id: $id) { tenures { id } } }")
        .variable("id", person)
        .execute()
        .path("person.tenures[*].id")
        .entityList(String.class)
        .get();
  }

  @Test
  void createTenure_recordsWhoHeldTheOfficeFromWhen_withItsSources() {
    String person = recorder.person("Aruzhan Firstholder (tenure tests)");
    String office = recorder.office("President of Tenuria", party, true);
    GraphQlTester.Response created =
        recorder.ok(
            "createTenure",
            Map.of(
                "person",
                person,
                "office",
                office,
                "start",
                "2019-03-20",
                "citations",
                List.of(Map.of("source", source, "passage", "took the oath of office"))),
            TENURE_FIELDS);
    created.path("createTenure.tenure.version").entity(Integer.class).isEqualTo(1);
    created.path("createTenure.tenure.start.precision").entity(String.class).isEqualTo("DAY");
    created.path("createTenure.tenure.end").valueIsNull();
    created
        .path("createTenure.tenure.citations[0].source.title")
        .entity(String.class)
        .isEqualTo("Tenuria gazette (tenure tests)");
    String id = created.path("createTenure.tenure.id").entity(String.class).get();

    assertThat(tenuresOfPerson(person)).containsExactly(id);
    assertThat(holderOn(office, "2025-03-28")).isEqualTo("Aruzhan Firstholder (tenure tests)");
    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { node(id: $id) { ... on Tenure { start { text } } } }")
        .variable("id", id)
        .execute()
        .path("node.start.text")
        .entity(String.class)
        .isEqualTo("2019-03-20");
  }

  @Test
  void createTenure_refusesASecondHolderOfASingleHolderOffice_atTheSameTime() {
    String office = recorder.office("Prime Minister of Tenuria", party, true);
    recorder.tenure(
        recorder.person("Olzhas First (tenure tests)"), office, "2022-01", "2024-02-06");
    String second = recorder.person("Olzhas Second (tenure tests)");

    String message =
        recorder.refused(
            "createTenure",
            Map.of("person", second, "office", office, "start", "2023-06", "end", "2025"),
            "TENURE_OVERLAP",
            "input");
    assertThat(message)
        .contains(
            "'Prime Minister of Tenuria' has one holder at a time",
            "2022-01 to 2024-02-06",
            "overlaps the one from 2023-06");
    recorder.ok(
        "createTenure", Map.of("person", second, "office", office, "start", "2024-02-07"), "id");
  }

  @Test
  void createTenure_acceptsSeveralHoldersAtOnce_ofAnOfficeThatHasThem() {
    String office = recorder.office("Deputy Prime Minister of Tenuria", party, false);
    recorder.tenure(recorder.person("Deputy One (tenure tests)"), office, "2023", null);
    recorder.tenure(recorder.person("Deputy Two (tenure tests)"), office, "2023", null);
  }

  @Test
  void createTenure_refusesDatesItCannotRead_atTheirField() {
    String person = recorder.person("Bad Dates (tenure tests)");
    String office = recorder.office("Minister of Calendars", party, false);
    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", office, "start", "20 March 2019"),
        "INVALID_INPUT",
        "input",
        "start");
    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", office, "start", "2019", "end", "2019-13"),
        "INVALID_INPUT",
        "input",
        "end");
  }

  @Test
  void createTenure_refusesAnEndBeforeTheStart() {
    String person = recorder.person("Backwards (tenure tests)");
    String office = recorder.office("Minister of Time", party, false);
    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", office, "start", "2020-05-01", "end", "2020-04"),
        "TENURE_ENDS_BEFORE_START",
        "input",
        "end");
    // An end that may fall before the start cannot be kept either: the dates need more precision.
    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", office, "start", "2020", "end", "2020-06"),
        "TENURE_ENDS_BEFORE_START",
        "input",
        "end");
  }

  @Test
  void createTenure_refusesAPersonOrOfficeThatIsNotOnRecord() {
    String person = recorder.person("Nowhere Official (tenure tests)");
    String office = recorder.office("Minister of Nowhere", party, false);
    recorder.refused(
        "createTenure",
        Map.of("person", Api.missing("Person"), "office", office, "start", "2020"),
        "UNKNOWN_REFERENCE",
        "input",
        "person");
    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", Api.missing("Office"), "start", "2020"),
        "UNKNOWN_REFERENCE",
        "input",
        "office");
    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", party, "start", "2020"),
        "INVALID_ID",
        "input",
        "office");
  }

  @Test
  void createTenure_refusesASourceThatIsNotOnRecord_atItsPlaceInTheList() {
    String person = recorder.person("Uncited (tenure tests)");
    String office = recorder.office("Minister of Sources", party, false);
    recorder.refused(
        "createTenure",
        Map.of(
            "person",
            person,
            "office",
            office,
            "start",
            "2020",
            "citations",
            List.of(Map.of("source", source), Map.of("source", Api.missing("Source")))),
        "UNKNOWN_REFERENCE",
        "input",
        "citations",
        "1",
        "source");
    recorder.refused(
        "createTenure",
        Map.of(
            "person",
            person,
            "office",
            office,
            "start",
            "2020",
            "citations",
            List.of(Map.of("source", person))),
        "INVALID_ID",
        "input",
        "citations",
        "0",
        "source");
  }

  @Test
  void createTenure_refusesRetiredRecords() {
    String person = recorder.person("Late Official (tenure tests)");
    String office = recorder.office("Minister of Archives", party, false);
    String retiredOffice = recorder.office("Minister of Abolished Things", party, false);
    recorder.ok("retireOffice", Map.of("id", retiredOffice, "version", 1), "id");
    String retiredSource = recorder.source("Withdrawn report (tenure tests)");
    recorder.ok("retireSource", Map.of("id", retiredSource, "version", 1), "id");

    recorder.refused(
        "createTenure",
        Map.of("person", person, "office", retiredOffice, "start", "2020"),
        "RETIRED",
        "input",
        "office");
    recorder.refused(
        "createTenure",
        Map.of(
            "person",
            person,
            "office",
            office,
            "start",
            "2020",
            "citations",
            List.of(Map.of("source", retiredSource))),
        "RETIRED",
        "input",
        "citations",
        "0",
        "source");
  }

  @Test
  void updateTenure_endsIt_replacesItsSources_thenReopensIt() {
    String person = recorder.person("Serik Changing (tenure tests)");
    String office = recorder.office("Minister of Change", party, true);
    String tenure = recorder.tenure(person, office, "2021-01-01", null);
    String other = recorder.source("Tenuria herald (tenure tests)");

    GraphQlTester.Response ended =
        recorder.ok(
            "updateTenure",
            Map.of(
                "id",
                tenure,
                "version",
                1,
                "end",
                "2023-06-30",
                "citations",
                List.of(Map.of("source", other, "passage", "resigned"))),
            TENURE_FIELDS);
    ended.path("updateTenure.tenure.end.text").entity(String.class).isEqualTo("2023-06-30");
    ended.path("updateTenure.tenure.start.text").entity(String.class).isEqualTo("2021-01-01");
    ended
        .path("updateTenure.tenure.citations[*].passage")
        .entityList(String.class)
        .containsExactly("resigned");
    ended.path("updateTenure.tenure.version").entity(Integer.class).isEqualTo(2);
    assertThat(holderOn(office, "2024-01-01")).isEmpty();

    recorder
        .ok("updateTenure", input("id", tenure, "version", 2, "end", null), TENURE_FIELDS)
        .path("updateTenure.tenure.end")
        .valueIsNull();
    assertThat(holderOn(office, "2024-01-01")).isEqualTo("Serik Changing (tenure tests)");
  }

  @Test
  void updateTenure_refusesDatesThatWouldOverlapAnotherHolder() {
    String office = recorder.office("Speaker of Tenuria", party, true);
    recorder.tenure(recorder.person("Speaker One (tenure tests)"), office, "2015", "2019-12-31");
    String later =
        recorder.tenure(recorder.person("Speaker Two (tenure tests)"), office, "2020-01-01", null);
    recorder.refused(
        "updateTenure",
        Map.of("id", later, "version", 1, "start", "2019-06"),
        "TENURE_OVERLAP",
        "input");
  }

  @Test
  void updateTenure_refusesLeavingTheAlmatyMeetingWithoutTheHighRepresentative() {
    String kallasTenure = highRepresentativeTenureOfKallas();
    int version = recorder.version(kallasTenure, "Tenure");
    String message =
        recorder.refused(
            "updateTenure",
            Map.of("id", kallasTenure, "version", version, "start", "2025-06-01"),
            "OFFICE_NOT_HELD",
            "input");
    assertThat(message).contains("Tokayev–Kallas meeting in Almaty");
  }

  @Test
  void retireTenure_refusesWhileAMeetingNeedsIt() {
    String kallasTenure = highRepresentativeTenureOfKallas();
    recorder.refused(
        "retireTenure",
        Map.of("id", kallasTenure, "version", recorder.version(kallasTenure, "Tenure")),
        "OFFICE_NOT_HELD",
        "input");
  }

  @Test
  void updateTenure_withAStaleVersion_isAConflict() {
    String person = recorder.person("Stale Holder (tenure tests)");
    String office = recorder.office("Minister of Yesterday", party, false);
    String tenure = recorder.tenure(person, office, "2018", null);
    recorder.ok("updateTenure", Map.of("id", tenure, "version", 1, "end", "2020"), "id");
    recorder.refused(
        "updateTenure",
        Map.of("id", tenure, "version", 1, "end", "2021"),
        "CONFLICT",
        "input",
        "version");
    recorder.refused(
        "retireTenure", Map.of("id", tenure, "version", 1), "CONFLICT", "input", "version");
  }

  @Test
  void updateTenure_refusesAnIdOfNoTenure() {
    recorder.refused(
        "updateTenure",
        Map.of("id", Api.missing("Tenure"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void retireTenure_recordedByMistake_nobodyHeldTheOfficeByIt_andTheSlotIsFree() {
    String office = recorder.office("Governor of the Tenurian Bank", party, true);
    String mistaken = recorder.person("Mistaken Governor (tenure tests)");
    String tenure = recorder.tenure(mistaken, office, "2020-01-01", null);

    recorder
        .ok("retireTenure", Map.of("id", tenure, "version", 1), "retiredAt version")
        .path("retireTenure.tenure.version")
        .entity(Integer.class)
        .isEqualTo(2);
    assertThat(tenuresOfPerson(mistaken)).isEmpty();
    assertThat(holderOn(office, "2021-01-01")).isEmpty();
    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { office(id: $id) { tenures { id } } }")
        .variable("id", office)
        .execute()
        .path("office.tenures")
        .entityList(Object.class)
        .hasSize(0);
    api.graphQl(Role.EDITOR)
        .document(
            "query($id: ID!) { node(id: $id) { ... on Tenure { retiredAt person { name } } } }")
        .variable("id", tenure)
        .execute()
        .path("node.person.name")
        .entity(String.class)
        .isEqualTo("Mistaken Governor (tenure tests)");

    String rightful = recorder.person("Rightful Governor (tenure tests)");
    recorder.tenure(rightful, office, "2020-01-01", null);
    assertThat(holderOn(office, "2021-01-01")).isEqualTo("Rightful Governor (tenure tests)");
    recorder.refused("retireTenure", Map.of("id", tenure, "version", 2), "RETIRED", "input", "id");
  }

  @Test
  void history_ofATenure_showsItsCitationsComingAndGoing() {
    String person = recorder.person("Historic Holder (tenure tests)");
    String office = recorder.office("Minister of History", party, false);
    String tenure =
        recorder.id(
            "createTenure",
            Map.of(
                "person",
                person,
                "office",
                office,
                "start",
                "2010",
                "citations",
                List.of(Map.of("source", source))));
    recorder.ok("updateTenure", Map.of("id", tenure, "version", 1, "citations", List.of()), "id");
    api.graphQl(Role.EDITOR)
        .document(
            "query($id: ID!) { node(id: $id) { ... on Tenure { history { table operation } } } }")
        .variable("id", tenure)
        .execute()
        .path("node.history[*].operation")
        .entityList(String.class)
        .containsExactly("INSERT", "INSERT", "UPDATE", "DELETE");
  }

  /** The demo dossier's tenure of Kaja Kallas as High Representative, which Almaty relies on. */
  private String highRepresentativeTenureOfKallas() {
    List<Map<String, Object>> tenures =
        api.graphQl(Role.EDITOR)
            .document("{ people(first: 100) { nodes { name tenures { id office { name } } } } }")
            .execute()
            .path("people.nodes[?(@.name == 'Kaja Kallas')].tenures[*]")
            .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .get();
    return tenures.stream()
        .filter(
            tenure -> ((Map<?, ?>) tenure.get("office")).get("name").toString().startsWith("High"))
        .map(tenure -> (String) tenure.get("id"))
        .findFirst()
        .orElseThrow();
  }
}
