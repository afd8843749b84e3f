package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Loading dossiers through {@code importDossier}: written whole or not at all, every problem at its
 * location, and once however often the same dossier is loaded.
 */
@ApiTest
class DossierImportTest {

  private static final String COUNTS =
      "{ parties { totalCount } people { totalCount } sources { totalCount }"
          + " meetings { totalCount } negotiations { totalCount } agreements { totalCount } }";

  @Autowired Api api;
  @Autowired DatabaseState database;

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private GraphQlTester.Response importDossier(Object dossier) {
    return Dossiers.importDossier(api.graphQl(Role.EDITOR), dossier);
  }

  private Map<String, Object> counts() {
    return api.graphQl().document(COUNTS).execute().path("").entity(Map.class).get();
  }

  private static List<Integer> summary(GraphQlTester.Response response) {
    Map<?, ?> summary = response.path("importDossier.summary").entity(Map.class).get();
    return List.of(
            "topics",
            "sources",
            "parties",
            "people",
            "offices",
            "tenures",
            "meetings",
            "agreements",
            "negotiations",
            "skipped")
        .stream()
        .map(field -> (Integer) summary.get(field))
        .toList();
  }

  @Test
  void theDemoDossier_importedIntoTheDatabaseItWasLoadedInto_writesNothing() {
    Map<String, Object> counts = counts();
    Map<String, String> before = database.fingerprint();

    GraphQlTester.Response response =
        importDossier(Dossiers.json(DemoDossierLoader.DEMO_DOSSIER, ""));

    response.path("importDossier.problems").entityList(Object.class).hasSize(0);
    response.path("importDossier.userErrors").entityList(Object.class).hasSize(0);
    // 10 sources, 7 parties, 8 people, 5 offices, 8 tenures, 4 meetings, 2 of each of the rest.
    assertThat(summary(response)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 46);
    assertThat(counts()).isEqualTo(counts);
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  @Test
  void aDossierImportedTwice_leavesOneCopy() {
    String tag = tag();
    Map<String, Object> dossier = Dossiers.json("dossiers/small.json", tag);

    GraphQlTester.Response first = importDossier(dossier);
    first.path("importDossier.problems").entityList(Object.class).hasSize(0);
    assertThat(summary(first)).containsExactly(1, 1, 3, 2, 2, 2, 1, 1, 1, 0);
    Map<String, Object> counts = counts();
    Map<String, String> after = database.fingerprint();

    GraphQlTester.Response second = importDossier(dossier);

    assertThat(summary(second)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 14);
    assertThat(counts()).isEqualTo(counts);
    assertThat(database.fingerprint()).isEqualTo(after);
    GraphQlTester.Response written =
        api.graphQl()
            .document(
                "query($topic: String!) { meetings(filter: { topics: [$topic] }) { totalCount"
                    + " nodes { title participants { office { name } } statements { text }"
                    + " negotiations { status { status } agreement { title } } } } }")
            .variable("topic", "polar-shipping-" + tag)
            .execute();
    written.path("meetings.totalCount").entity(Integer.class).isEqualTo(1);
    written
        .path("meetings.nodes[0].statements[0].text")
        .entity(String.class)
        .isEqualTo("We will trade more " + tag);
    written
        .path("meetings.nodes[0].negotiations[0].status.status")
        .entity(String.class)
        .isEqualTo("CONCLUDED");
    written
        .path("meetings.nodes[0].negotiations[0].agreement.title")
        .entity(String.class)
        .isEqualTo("Pact " + tag);
  }

  @Test
  void aDossierWithTenProblems_reportsAllTenAtTheirLocations_andWritesNothing() {
    Map<String, String> before = database.fingerprint();

    GraphQlTester.Response response =
        importDossier(Dossiers.json("dossiers/ten-problems.json", tag()));

    response.path("importDossier.summary").valueIsNull();
    List<Map<String, Object>> problems =
        response.path("importDossier.problems").entityList(Map.class).get().stream()
            .map(problem -> (Map<String, Object>) problem)
            .toList();
    assertThat(problems)
        .extracting(problem -> problem.get("location"), problem -> problem.get("code"))
        .containsExactly(
            tuple("sources[1].published", "INVALID_VALUE"),
            tuple("parties[0].colour", "UNKNOWN_FIELD"),
            tuple("people[1].name", "REQUIRED"),
            tuple("offices[1].key", "DUPLICATE_KEY"),
            tuple("tenures[1]", "TENURE_OVERLAP"),
            tuple("meetings[0].kind", "INVALID_VALUE"),
            tuple("meetings[1].participants[0].office", "OFFICE_NOT_HELD"),
            tuple("agreements[0].actions[0].kind", "ILLEGAL_ACTION"),
            tuple("negotiations[0].steps[1].citations", "UNCITED"),
            tuple("negotiations[0].topics[0]", "UNKNOWN_REFERENCE"));
    assertThat(problems).allSatisfy(problem -> assertThat(problem.get("message")).isNotNull());
    response
        .path("importDossier.userErrors[0].code")
        .entity(String.class)
        .isEqualTo("INVALID_DOSSIER");
    response
        .path("importDossier.userErrors[0].path")
        .entityList(String.class)
        .containsExactly("input", "dossier");
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  @Test
  void valuesThatRecordsOnFileAlreadyHave_areEachAProblem_andNothingIsWritten() {
    String tag = tag();
    Map<String, Object> dossier =
        Map.of(
            "name",
            "clashing-" + tag,
            "parties",
            List.of(
                Map.of(
                    "key",
                    "kz",
                    "kind",
                    "STATE",
                    "name",
                    "Kazakhstan again " + tag,
                    "iso",
                    Map.of("alpha2", "KZ", "alpha3", "KAZ", "numeric", "398")),
                Map.of(
                    "key",
                    "eu",
                    "kind",
                    "INTERNATIONAL_ORGANISATION",
                    "name",
                    "European Union again " + tag,
                    "identifiers",
                    List.of(Map.of("scheme", "WIKIDATA", "value", "Q458")))));
    Map<String, String> before = database.fingerprint();

    GraphQlTester.Response response = importDossier(dossier);

    response
        .path("importDossier.problems[*].location")
        .entityList(String.class)
        .containsExactly("parties[0].iso.alpha2", "parties[1].identifiers[0]");
    response
        .path("importDossier.problems[*].code")
        .entityList(String.class)
        .containsExactly("DUPLICATE", "DUPLICATE_IDENTIFIER");
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  @Test
  void somethingThatIsNoDossier_isOneProblem() {
    GraphQlTester.Response response = importDossier("not a dossier");

    response.path("importDossier.problems[0].code").entity(String.class).isEqualTo("INVALID_JSON");
    response.path("importDossier.problems[0].location").entity(String.class).isEqualTo("");
    response
        .path("importDossier.userErrors[0].code")
        .entity(String.class)
        .isEqualTo("INVALID_DOSSIER");
  }
}
