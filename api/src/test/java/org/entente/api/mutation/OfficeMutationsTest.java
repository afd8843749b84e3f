package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Recording, correcting and retiring offices through the API, and every way it can be refused. */
@ApiTest
class OfficeMutationsTest {

  private static final String OFFICE_FIELDS =
      "id name singleHolder party { name } identifiers { value } version retiredAt";

  @Autowired Api api;
  @Autowired DatabaseState database;
  private Recorder recorder;

  @BeforeEach
  void recorder() {
    recorder = new Recorder(api, database);
  }

  private List<String> officesOf(String party) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { party(id: $id) { offices { id } } }")
        .variable("id", party)
        .execute()
        .path("party.offices[*].id")
        .entityList(String.class)
        .get();
  }

  @Test
  void createOffice_recordsAnOfficeOfTheParty_atVersionOne() {
    String party = recorder.party("Organisation of Turkic States (office tests)");
    GraphQlTester.Response created =
        recorder.ok(
            "createOffice",
            Map.of(
                "name",
                "Secretary-General of the Organisation of Turkic States",
                "party",
                party,
                "singleHolder",
                true,
                "identifiers",
                List.of(Map.of("scheme", "WIKIDATA", "value", "Q-otssg"))),
            OFFICE_FIELDS);
    created.path("createOffice.office.version").entity(Integer.class).isEqualTo(1);
    created.path("createOffice.office.singleHolder").entity(Boolean.class).isEqualTo(true);
    created
        .path("createOffice.office.party.name")
        .entity(String.class)
        .isEqualTo("Organisation of Turkic States (office tests)");
    assertThat(officesOf(party))
        .containsExactly(created.path("createOffice.office.id").entity(String.class).get());
  }

  @Test
  void createOffice_refusesAPartyThatDoesNotExist_orIsNoParty_orIsRetired() {
    recorder.refused(
        "createOffice",
        Map.of("name", "Ghost Minister", "party", Api.missing("Party"), "singleHolder", true),
        "UNKNOWN_REFERENCE",
        "input",
        "party");
    recorder.refused(
        "createOffice",
        Map.of("name", "Ghost Minister", "party", Api.missing("Person"), "singleHolder", true),
        "INVALID_ID",
        "input",
        "party");
    String retired = recorder.party("Retired Assembly (office tests)");
    recorder.ok("retireParty", Map.of("id", retired, "version", 1), "id");
    recorder.refused(
        "createOffice",
        Map.of("name", "Speaker", "party", retired, "singleHolder", true),
        "RETIRED",
        "input",
        "party");
  }

  @Test
  void createOffice_refusesABlankName() {
    String party = recorder.party("Blank Names Union (office tests)");
    recorder.refused(
        "createOffice",
        Map.of("name", " ", "party", party, "singleHolder", false),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void updateOffice_changesTheFieldsGiven_keepsTheOthers_andRaisesTheVersion() {
    String party = recorder.party("Eurasian Economic Union (office tests)");
    String other = recorder.party("Eurasian Economic Commission (office tests)");
    String office = recorder.office("Chairman of the Board", party, true);
    GraphQlTester.Response updated =
        recorder.ok(
            "updateOffice",
            Map.of("id", office, "version", 1, "name", "Chair of the Board", "party", other),
            OFFICE_FIELDS);
    updated.path("updateOffice.office.name").entity(String.class).isEqualTo("Chair of the Board");
    updated.path("updateOffice.office.singleHolder").entity(Boolean.class).isEqualTo(true);
    updated.path("updateOffice.office.version").entity(Integer.class).isEqualTo(2);
    assertThat(officesOf(party)).doesNotContain(office);
    assertThat(officesOf(other)).containsExactly(office);
  }

  @Test
  void updateOffice_refusesMakingItSingleHolder_whileTwoOfItsTenuresOverlap() {
    String party = recorder.party("European Commission (office tests)");
    String office = recorder.office("Executive Vice-President", party, false);
    recorder.tenure(recorder.person("Teresa Ribera (office tests)"), office, "2024-12-01", null);
    recorder.tenure(recorder.person("Henna Virkkunen (office tests)"), office, "2024-12-01", null);

    String message =
        recorder.refused(
            "updateOffice",
            Map.of("id", office, "version", 1, "singleHolder", true),
            "TENURE_OVERLAP",
            "input",
            "singleHolder");
    assertThat(message)
        .contains("'Executive Vice-President' cannot have one holder at a time", "2024-12-01");
  }

  @Test
  void updateOffice_makesItSingleHolder_whenItsTenuresFollowOneAnother_andThenGuardsIt() {
    String party = recorder.party("Council of Europe (office tests)");
    String office = recorder.office("Secretary General", party, false);
    String first = recorder.person("Marija Pejčinović Burić (office tests)");
    String second = recorder.person("Alain Berset (office tests)");
    recorder.tenure(first, office, "2019-09-18", "2024-09-17");
    recorder.tenure(second, office, "2024-09-18", null);

    recorder
        .ok(
            "updateOffice",
            Map.of("id", office, "version", 1, "singleHolder", true),
            "singleHolder")
        .path("updateOffice.office.singleHolder")
        .entity(Boolean.class)
        .isEqualTo(true);
    recorder.refused(
        "createTenure",
        Map.of("person", first, "office", office, "start", "2025"),
        "TENURE_OVERLAP",
        "input");
  }

  @Test
  void updateOffice_withAStaleVersion_isAConflict() {
    String party = recorder.party("Stale Union (office tests)");
    String office = recorder.office("Stale Chair", party, false);
    recorder.ok("updateOffice", Map.of("id", office, "version", 1, "name", "Fresh Chair"), "id");
    recorder.refused(
        "updateOffice",
        Map.of("id", office, "version", 1, "singleHolder", true),
        "CONFLICT",
        "input",
        "version");
  }

  @Test
  void updateOffice_refusesAnIdOfNoOffice() {
    recorder.refused(
        "updateOffice",
        Map.of("id", Api.missing("Office"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void retireOffice_takesItOutOfThePartysOffices_butKeepsItReadableByIdWithItsTenures() {
    String party = recorder.party("Retiring Union (office tests)");
    String office = recorder.office("Provisional Coordinator", party, true);
    recorder.tenure(recorder.person("Provisional Holder (office tests)"), office, "2020", "2021");
    recorder
        .ok("retireOffice", Map.of("id", office, "version", 1), "retiredAt version")
        .path("retireOffice.office.version")
        .entity(Integer.class)
        .isEqualTo(2);

    assertThat(officesOf(party)).doesNotContain(office);
    api.graphQl(Role.EDITOR)
        .document("{ offices(first: 100) { nodes { id } } }")
        .execute()
        .path("offices.nodes[*].id")
        .entityList(String.class)
        .doesNotContain(office);
    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { office(id: $id) { name tenures { start { text } } } }")
        .variable("id", office)
        .execute()
        .path("office.tenures[0].start.text")
        .entity(String.class)
        .isEqualTo("2020");
    recorder.refused("retireOffice", Map.of("id", office, "version", 2), "RETIRED", "input", "id");
  }
}
