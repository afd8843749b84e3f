package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void deepestQuery_runsAsManyStatementsForManyRowsAsForFew() {
    dossierImport.importDossier(SmallDossier.tagged(UUID.randomUUID().toString()));
    int few = statementsOfTheDeepestQuery();

    for (int i = 0; i < 5; i++) {
      dossierImport.importDossier(SmallDossier.tagged(UUID.randomUUID().toString()));
    }
    int many = statementsOfTheDeepestQuery();

    System.out.printf(
        "deepest query: %d SQL statements before, %d after six times the rows%n", few, many);
    assertThat(many).isEqualTo(few);
    // One statement per kind of record per level of the document, at most: its depth, not its rows.
    assertThat(few).isLessThanOrEqualTo(40);
  }
}
