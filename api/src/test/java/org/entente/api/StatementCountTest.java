package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.entente.domain.dossier.DossierImport;
import org.entente.persistence.SmallDossier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL statements of a request depend on the query's depth, never on the number of rows. */
@ApiTest
class StatementCountTest {

  @Autowired Api api;
  @Autowired StatementCounter statements;
  @Autowired DossierImport dossierImport;

  private int statementsOfTheDeepestQuery() {
    statements.reset();
    api.graphQl()
        .documentName("deepest-query")
        .execute()
        .path("parties.nodes")
        .entityList(Object.class)
        .hasSizeGreaterThan(5);
    return statements.count();
  }

  private int statementsOfTheDeepestTimeline(List<String> between) {
    statements.reset();
    api.graphQl()
        .documentName("deepest-timeline")
        .variable("between", between)
        .execute()
        .path("relationship.timeline.nodes")
        .entityList(Object.class)
        .hasSizeGreaterThan(4);
    return statements.count();
  }

  private String partyNamed(String name) {
    return api.graphQl()
        .document("{ parties(first: 100) { nodes { id name } } }")
        .execute()
        .path("parties.nodes[?(@.name == '" + name + "')].id")
        .entityList(String.class)
        .get()
        .get(0);
  }

  @Test
  void deepestTimelineAndSearch_runAsManyStatementsForARelationshipOfManyEventsAsOfFew() {
    String tag = UUID.randomUUID().toString();
    dossierImport.importDossier(SmallDossier.tagged(tag), "test");
    int few =
        statementsOfTheDeepestTimeline(
            List.of(partyNamed("Northern Union " + tag), partyNamed("Southern League " + tag)));
    int many =
        statementsOfTheDeepestTimeline(
            List.of(partyNamed("Republic of Kazakhstan"), partyNamed("European Union")));

    System.out.printf(
        "deepest timeline and search: %d SQL statements for 5 events, %d for 17%n", few, many);
    // The two differ by which kinds of record appear (a signatory, a replaced agreement), not by
    // how many: one query per row would take well over a hundred statements for 17 events.
    assertThat(many).isLessThanOrEqualTo(40);
    assertThat(few).isLessThanOrEqualTo(40);
  }

  @Test
  void deepestQuery_runsAsManyStatementsForManyRowsAsForFew() {
    dossierImport.importDossier(SmallDossier.tagged(UUID.randomUUID().toString()), "test");
    int few = statementsOfTheDeepestQuery();

    for (int i = 0; i < 5; i++) {
      dossierImport.importDossier(SmallDossier.tagged(UUID.randomUUID().toString()), "test");
    }
    int many = statementsOfTheDeepestQuery();

    System.out.printf(
        "deepest query: %d SQL statements before, %d after six times the rows%n", few, many);
    assertThat(many).isEqualTo(few);
    // One statement per kind of record per level of the document, at most: its depth, not its rows.
    assertThat(few).isLessThanOrEqualTo(40);
  }
}
