package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
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
    List<String> more = new ArrayList<>(List.of(options));
    more.add("--entente.demo-dossier=false");
    String[] args = TestApplication.arguments(more.toArray(String[]::new)).toArray(String[]::new);
    return EntenteApplication.application(args).run(args);
  }

  @Test
  void theCommand_printsATokenThatOpensTheApiAsAdmin_andServesNothing(CapturedOutput output) {
    String name = "first-admin-" + UUID.randomUUID();
    try (ConfigurableApplicationContext context = command("--entente.create-api-key=" + name)) {
      assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
      assertThat(SpringApplication.exit(context)).isZero();
    }

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
    command(
            "--entente.create-api-key=" + name,
            "--entente.create-api-key.role=reader",
            "--entente.create-api-key.expires=2099-01-01")
        .close();

    Map<String, Object> row =
        jdbc.queryForMap("select role, expires_at from api_key where name = ?", name);
    assertThat(row).containsEntry("role", "READER");
    assertThat(((Timestamp) row.get("expires_at")).toInstant())
        .isEqualTo(OffsetDateTime.of(2099, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void aRefusedKey_failsTheCommand() {
    String name = "taken-" + UUID.randomUUID();
    command("--entente.create-api-key=" + name).close();

    assertThatThrownBy(() -> command("--entente.create-api-key=" + name))
        .hasStackTraceContaining("already a key named");
  }
}
