package org.entente.api.graphql;

import java.util.List;
import org.entente.api.dossier.DossierJson;
import org.entente.api.dossier.DossierLoader;
import org.entente.api.security.CurrentActor;
import org.entente.domain.dossier.DossierExport;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.dossier.DossierProblem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.JsonNode;

/**
 * Dossiers in and out: {@code importDossier} loads one the way the command line does, and the
 * {@code dossier} query exports one in the same format.
 */
@Controller
class DossierController {

  /**
   * The dossier as a JSON object: in the variables, where the document's size limits do not apply.
   */
  record ImportDossierInput(Object dossier) {}

  record ImportDossierPayload(
      DossierImport.Summary summary, List<DossierProblem> problems, List<UserError> userErrors) {}

  private final DossierLoader loader;
  private final DossierExport export;
  private final CurrentActor actor;

  DossierController(DossierLoader loader, DossierExport export, CurrentActor actor) {
    this.loader = loader;
    this.export = export;
    this.actor = actor;
  }

  @QueryMapping
  JsonNode dossier(@Argument List<String> parties) {
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("name one party, or two or more for what they share");
    }
    return DossierJson.tree(export.export(MeetingFilterInput.partyIds(parties)));
  }

  @MutationMapping
  ImportDossierPayload importDossier(@Argument ImportDossierInput input) {
    DossierImport.Outcome outcome = loader.load(DossierJson.read(input.dossier()), actor.name());
    if (outcome.wasImported()) {
      return new ImportDossierPayload(outcome.summary(), List.of(), List.of());
    }
    int problems = outcome.problems().size();
    return new ImportDossierPayload(
        null,
        outcome.problems(),
        List.of(
            new UserError(
                List.of(UserError.INPUT, "dossier"),
                "the dossier has "
                    + problems
                    + (problems == 1 ? " problem" : " problems")
                    + " (see problems); nothing was written",
                "INVALID_DOSSIER")));
  }
}
