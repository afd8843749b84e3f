package org.entente.api.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.entente.domain.RuleViolation;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --entente.create-api-key=<name>} creates a key and prints its token once, so that the
 * first administrator needs no key to get one. The application serves nothing meanwhile and exits
 * once this has run (see {@code CommandMode}); a refused key (a duplicate name, a past expiry) is
 * said on standard error, and the exit status is then 1.
 */
@Component
@ConditionalOnProperty(ApiKeyCommand.PROPERTY)
public class ApiKeyCommand implements ApplicationRunner, ExitCodeGenerator {

  public static final String PROPERTY = "entente.create-api-key";
  private static final String ROLE = PROPERTY + ".role";
  private static final String EXPIRES = PROPERTY + ".expires";

  /** The exit status of a key that was refused. */
  static final int REFUSED = 1;

  private final ApiKeys apiKeys;
  private final Environment environment;
  private int exitCode;

  ApiKeyCommand(ApiKeys apiKeys, Environment environment) {
    this.apiKeys = apiKeys;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    String name = environment.getRequiredProperty(PROPERTY);
    Role role = Role.valueOf(environment.getProperty(ROLE, "ADMIN").toUpperCase(Locale.ROOT));
    Instant expiresAt = expiry(environment.getProperty(EXPIRES));
    ApiKeys.Created created;
    try {
      created = apiKeys.create(name, role, expiresAt);
    } catch (RuleViolation refused) {
      System.err.println(
          "API key '" + name + "' refused (" + refused.code() + "): " + refused.getMessage());
      exitCode = REFUSED;
      return;
    }
    // On standard output rather than in the log, which may be kept and shipped elsewhere.
    System.out.printf(
        "%nCreated API key '%s' (%s, %s). Its token, shown only this once:%n%s%n%n",
        created.apiKey().name(),
        role,
        expiresAt == null ? "no expiry" : "expires " + expiresAt,
        created.token().value());
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  /** A date (the key expires as it begins, in UTC) or an ISO 8601 instant. */
  private static Instant expiry(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.contains("T")
        ? Instant.parse(text)
        : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
