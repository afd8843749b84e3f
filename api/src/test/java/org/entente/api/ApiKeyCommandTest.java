package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code --entente.create-api-key}: the application run in-process as {@code main} runs it, on the
 * test database, beside the server of the other API tests that then takes the printed token.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyCommandTest {

  private static final Pattern TOKEN = Pattern.compile("ent_[A-Za-z0-9_-]{43}");

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  private static ConfigurableApplicationContext command(String... options) {
    ConfigurableApplicationContext application = TestApplication.run(options);
    assertThat(CommandMode.ran(application)).isTrue();
    // Nothing was served meanwhile: no HTTP port was opened.
    assertThat(application.getEnvironment().getProperty("local.server.port", Integer.class, -1))
        .isNegative();
    return application;
  }

  @Test
  void theCommand_printsATokenThatOpensTheApiAsAdmin_andServesNothing(CapturedOutput output) {
    String name = "first-admin-" + UUID.randomUUID();
    assertThat(SpringApplication.exit(command("--entente.create-api-key=" + name))).isZero();

    Matcher printed = TOKEN.matcher(output.getOut());
    assertThat(printed.find()).isTrue();
    String token = printed.group();
    assertThat(printed.find()).as("the token is printed once").isFalse();
    assertThat(jdbc.queryForObject("select role from api_key where name = ?", String.class, name))
        .isEqualTo("ADMIN");
    api.graphQl(token)
        .document("{ apiKeys { name } }")
        .execute()
        .path("apiKeys[*].name")
        .entityList(String.class)
        .contains(name);
  }

  @Test
  void theRoleAndExpiry_areOptions() {
    String name = "partner-" + UUID.randomUUID();
    SpringApplication.exit(
        command(
            "--entente.create-api-key=" + name,
            "--entente.create-api-key.role=reader",
            "--entente.create-api-key.expires=2099-01-01"));

    Map<String, Object> row =
        jdbc.queryForMap("select role, expires_at from api_key where name = ?", name);
    assertThat(row).containsEntry("role", "READER");
    assertThat(((Timestamp) row.get("expires_at")).toInstant())
        .isEqualTo(OffsetDateTime.of(2099, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void aRefusedKey_isSaid_andTheExitStatusIsOne(CapturedOutput output) {
    String name = "taken-" + UUID.randomUUID();
    SpringApplication.exit(command("--entente.create-api-key=" + name));

    assertThat(SpringApplication.exit(command("--entente.create-api-key=" + name))).isEqualTo(1);
    assertThat(output.getErr()).contains("refused (DUPLICATE)", "already a key named");
    assertThat(
            jdbc.queryForObject("select count(*) from api_key where name = ?", Integer.class, name))
        .isEqualTo(1);
  }
}
