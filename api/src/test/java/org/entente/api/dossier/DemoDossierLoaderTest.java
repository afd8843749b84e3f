package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.entente.api.ApiTest;
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
  void aDossierWithAnUnknownField_isRefusedWithItsName() {
    String json =
        "{\"parties\": [{\"key\": \"x\", \"kind\": \"STATE\", \"name\": \"X\", \"colour\": \"blue\"}]}";
    assertThatThrownBy(
            () -> DossierJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void aDossierWithAMalformedDate_isRefusedWithTheDate() {
    String json =
        "{\"sources\": [{\"key\": \"s\", \"publisher\": \"P\", \"title\": \"T\", \"published\": \"28.03.2025\"}]}";
    assertThatThrownBy(
            () -> DossierJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("28.03.2025");
  }
}
