package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.StatementCounter;
import org.entente.api.TestApplication;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.entente.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Exporting a party's or a relationship's dossier: the import's format, readable keys, a handful of
 * statements, and a round trip into another record that answers the same questions.
 */
@ApiTest
class DossierExportTest {

  private static final String EXPORT = "query($parties: [ID!]!) { dossier(parties: $parties) }";

  @Autowired Api api;
  @Autowired StatementCounter statements;

  private List<String> kazakhstanAndTheEu(GraphQlTester graphQl) {
    return List.of(
        Api.partyId(graphQl, "ISO_3166_ALPHA2", "KZ"), Api.partyId(graphQl, "WIKIDATA", "Q458"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> export(GraphQlTester graphQl, List<String> parties) {
    return graphQl
        .document(EXPORT)
        .variable("parties", parties)
        .execute()
        .path("dossier")
        .entity(Map.class)
        .get();
  }

  private static Map<?, ?> answers(GraphQlTester graphQl, List<String> between) {
    return graphQl
        .documentName("relationship-answers")
        .variable("between", between)
        .execute()
        .path("relationship")
        .entity(Map.class)
        .get();
  }

  @Test
  void kazakhstansDossier_isInTheImportsFormat_underReadableKeys() {
    Map<String, Object> dossier =
        export(api.graphQl(), List.of(api.partyId("ISO_3166_ALPHA2", "KZ")));

    assertThat(DossierJson.read(dossier).problems()).isEmpty();
    assertThat(dossier.get("name")).isEqualTo("party-kz");
    assertThat(keys(dossier, "parties")).contains("KZ", "TM", "UZ", "eu", "eeas");
    assertThat(keys(dossier, "meetings"))
        .contains("tokayev-kallas-meeting-in-almaty", "sixth-round-of-epca-negotiations");
    assertThat(keys(dossier, "agreements")).contains("pca", "epca");
    assertThat(keys(dossier, "people")).contains("kassym-jomart-tokayev", "kaja-kallas");
    // The tenures that make each participant's office theirs on the meeting's date.
    assertThat((List<Map<String, Object>>) dossier.get("tenures"))
        .extracting(tenure -> tenure.get("person") + " " + tenure.get("start"))
        .contains("kassym-jomart-tokayev 2019-03-20", "kaja-kallas 2024-12-01");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> keys(Map<String, Object> dossier, String section) {
    return ((List<Map<String, Object>>) dossier.get(section))
        .stream().map(entry -> entry.get("key")).toList();
  }

  @Test
  void theExport_runsAHandfulOfStatements_whateverItsSize() {
    List<String> between = kazakhstanAndTheEu(api.graphQl());
    statements.reset();

    export(api.graphQl(), between);

    // One statement for each kind of record, not one for each record: the relationship has
    // dozens of them.
    assertThat(statements.count()).isLessThanOrEqualTo(15);
  }

  @Test
  void anUnknownParty_isNotFound() {
    api.graphQl()
        .document(EXPORT)
        .variable("parties", List.of("UGFydHk6OTg3NjU0MzIx"))
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
  }

  @Test
  void theKazakhstanEuRelationship_exportedAndImportedIntoAnotherRecord_answersTheSame() {
    List<String> between = kazakhstanAndTheEu(api.graphQl());
    Map<?, ?> here = answers(api.graphQl(), between);
    Map<String, Object> dossier = export(api.graphQl(), between);

    TestDatabase empty = TestDatabase.fresh();
    try (ConfigurableApplicationContext there =
        TestApplication.run(
            "--spring.datasource.url=" + empty.url(), "--entente.demo-dossier=false")) {
      String editor =
          there
              .getBean(ApiKeys.class)
              .create("importer-" + UUID.randomUUID(), Role.EDITOR, null)
              .token()
              .value();
      GraphQlTester elsewhere =
          HttpGraphQlTester.create(
              WebTestClient.bindToServer()
                  .baseUrl(TestApplication.baseUrl(there) + "/graphql")
                  .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + editor)
                  .build());

      GraphQlTester.Response imported = Dossiers.importDossier(elsewhere, dossier);

      imported.path("importDossier.problems").entityList(Object.class).hasSize(0);
      assertThat(answers(elsewhere, kazakhstanAndTheEu(elsewhere))).isEqualTo(here);
      // And once: the same export loaded again writes nothing more.
      Dossiers.importDossier(elsewhere, dossier)
          .path("importDossier.summary.meetings")
          .entity(Integer.class)
          .isEqualTo(0);
    } finally {
      empty.drop();
    }
  }
}
