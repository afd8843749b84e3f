package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.entente.domain.dossier.DossierProblem;
import org.junit.jupiter.api.Test;

/** Dossier files as the command line reads them, before any check of their entries. */
class DossierJsonTest {

  private static DossierJson.Reading read(String json) throws IOException {
    return DossierJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFieldGivenTwice_isAProblem_ratherThanTheLastOneWinning() throws IOException {
    DossierJson.Reading reading =
        read("{\"name\": \"twice\",\n \"meetings\": [{\"key\": \"m\"}],\n \"meetings\": []}");

    assertThat(reading.dossier()).isNull();
    assertThat(reading.problems())
        .extracting(DossierProblem::location, DossierProblem::code, DossierProblem::message)
        .containsExactly(
            tuple(
                "",
                DossierProblem.INVALID_JSON,
                "not JSON: Duplicate Object property \"meetings\" (line 3, column 12)"));
  }

  @Test
  void aDossierWithEachFieldOnce_isRead() throws IOException {
    DossierJson.Reading reading = read("{\"name\": \"once\", \"meetings\": []}");

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.dossier().name()).isEqualTo("once");
  }
}
