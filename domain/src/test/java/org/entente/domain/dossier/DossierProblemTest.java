package org.entente.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DossierProblemTest {

  private static DossierProblem at(String location) {
    return new DossierProblem(location, "CODE", "message");
  }

  @Test
  void problemsAreInTheDossiersOrder_sectionsAsWrittenAndIndexesByNumber() {
    assertThat(
            DossierProblem.merged(
                List.of(),
                List.of(),
                List.of(
                    at("negotiations[0].steps[1]"),
                    at("meetings[10].title"),
                    at("meetings[2].participants[10].office"),
                    at("meetings[2].participants[9].office"),
                    at("sources[0]"),
                    at("name"))))
        .extracting(DossierProblem::location)
        .containsExactly(
            "name",
            "sources[0]",
            "meetings[2].participants[9].office",
            "meetings[2].participants[10].office",
            "meetings[10].title",
            "negotiations[0].steps[1]");
  }

  @Test
  void aProblemOfTheEntriesThatTheJsonsProblemsExplain_isLeftOut() {
    assertThat(
            DossierProblem.merged(
                List.of(at("meetings[0].kind"), at("parties[1].colour")),
                List.of("tenures[3]"),
                List.of(
                    at("meetings[0]"),
                    at("meetings[0].kind"),
                    at("meetings[0].title"),
                    at("meetings[1]"),
                    at("tenures[3].person"),
                    at("meetings[1]"))))
        .extracting(DossierProblem::location)
        .containsExactly(
            "parties[1].colour", "meetings[0].kind", "meetings[0].title", "meetings[1]");
  }

  @Test
  void aRulesPath_isNamedAsTheDossierNamesItsFields() {
    assertThat(DossierProblem.location("negotiations[0]", List.of("steps", "2", "roundNumber")))
        .isEqualTo("negotiations[0].steps[2].round");
    assertThat(DossierProblem.location("parties[1]", List.of("isoAlpha2")))
        .isEqualTo("parties[1].iso.alpha2");
  }
}
