package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.entente.api.ApiTest;
import org.entente.domain.dossier.DossierProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ApiTest
class DemoDossierLoaderTest {

  @Autowired DemoDossierLoader loader;
  @Autowired JdbcTemplate jdbc;

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  @Test
  void theDemoDossier_isLoadedOnce_evenWhenTheServerStartsAgain() throws Exception {
    int meetings = count("meeting");
    int citations = count("citation");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting where title = 'Tokayev–Kallas meeting in Almaty'",
                Integer.class))
        .isEqualTo(1);

    loader.run(null);

    assertThat(count("meeting")).isEqualTo(meetings);
    assertThat(count("citation")).isEqualTo(citations);
  }

  @Test
  void everyMeetingStatementStepAndAction_citesASource() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting m where not exists (select 1 from citation c where c.meeting_id = m.id)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from statement s where not exists (select 1 from citation c where c.statement_id = s.id)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from negotiation_step s where not exists (select 1 from citation c where c.negotiation_step_id = s.id)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agreement_action a where not exists (select 1 from citation c where c.agreement_action_id = a.id)",
                Integer.class))
        .isZero();
  }

  @Test
  void aDossierWithAnUnknownField_isRefusedWithItsName() throws IOException {
    String json =
        "{\"name\": \"x\", \"parties\": [{\"key\": \"x\", \"kind\": \"STATE\", \"name\": \"X\", \"colour\": \"blue\"}]}";
    assertThat(read(json).problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(tuple("parties[0].colour", "UNKNOWN_FIELD"));
  }

  @Test
  void aDossierWithAMalformedDate_isRefusedAtTheDate() throws IOException {
    String json =
        "{\"name\": \"x\", \"sources\": [{\"key\": \"s\", \"publisher\": \"P\", \"title\": \"T\", \"published\": \"28.03.2025\"}]}";
    assertThat(read(json).problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(tuple("sources[0].published", "INVALID_VALUE"));
  }

  @Test
  void aDateOfTheRightFormThatIsNoDate_isRefusedWithTheDate() throws IOException {
    String json =
        "{\"name\": \"x\", \"sources\": [{\"key\": \"s\", \"publisher\": \"P\", \"title\": \"T\", \"published\": \"2025-02-30\"}]}";
    assertThat(read(json).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).isEqualTo("sources[0].published");
              assertThat(problem.message()).contains("2025-02-30");
            });
  }

  private static DossierJson.Reading read(String json) throws IOException {
    return DossierJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
