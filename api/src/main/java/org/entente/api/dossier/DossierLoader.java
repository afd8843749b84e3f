package org.entente.api.dossier;

import java.util.List;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.dossier.DossierImport.Outcome;
import org.entente.domain.dossier.DossierProblem;
import org.springframework.stereotype.Component;

/**
 * Loads a dossier as read from JSON, the one way in for the API, the command line and the demo: a
 * dossier whose JSON has problems is still checked against the domain and the record, so that it is
 * refused with every problem at once; one without any is imported.
 */
@Component
public class DossierLoader {

  private final DossierImport dossierImport;

  DossierLoader(DossierImport dossierImport) {
    this.dossierImport = dossierImport;
  }

  /** Imports the dossier read under {@code actor}'s name, or answers every problem it has. */
  public Outcome load(DossierJson.Reading reading, String actor) {
    if (reading.dossier() == null) {
      return Outcome.refused(reading.problems());
    }
    if (!reading.problems().isEmpty()) {
      return Outcome.refused(
          DossierProblem.merged(
              reading.problems(), reading.covered(), dossierImport.check(reading.dossier())));
    }
    return dossierImport.importDossier(reading.dossier(), actor);
  }

  /** The problems of a refused import, one a line: where, the code, and what is wrong. */
  public static List<String> lines(List<DossierProblem> problems) {
    return problems.stream()
        .map(
            problem ->
                (problem.location().isEmpty() ? "(dossier)" : problem.location())
                    + "  "
                    + problem.code()
                    + "  "
                    + problem.message())
        .toList();
  }
}
