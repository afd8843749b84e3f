package org.entente.api.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.stereotype.Component;

/**
 * {@code --entente.create-api-key=<name>} creates a key and prints its token once, so that the
 * first administrator needs no key to get one. The application then stops instead of serving (see
 * {@link #isRequested}); a refused key (a duplicate name, a past expiry) fails the start, and so
 * the command's exit status.
 */
@Component
@ConditionalOnProperty(ApiKeyCommand.NAME)
public class ApiKeyCommand implements ApplicationRunner {

  static final String NAME = "entente.create-api-key";
  private static final String ROLE = NAME + ".role";
  private static final String EXPIRES = NAME + ".expires";

  private final ApiKeys apiKeys;
  private final Environment environment;

  ApiKeyCommand(ApiKeys apiKeys, Environment environment) {
    this.apiKeys = apiKeys;
    this.environment = environment;
  }

  /** Whether these command-line arguments ask for the command rather than the server. */
  public static boolean isRequested(String... args) {
    return new SimpleCommandLinePropertySource(args).containsProperty(NAME);
  }

  @Override
  public void run(ApplicationArguments args) {
    Role role = Role.valueOf(environment.getProperty(ROLE, "ADMIN").toUpperCase(Locale.ROOT));
    Instant expiresAt = expiry(environment.getProperty(EXPIRES));
    ApiKeys.Created created =
        apiKeys.create(environment.getRequiredProperty(NAME), role, expiresAt);
    // On standard output rather than in the log, which may be kept and shipped elsewhere.
    System.out.printf(
        "%nCreated API key '%s' (%s, %s). Its token, shown only this once:%n%s%n%n",
        created.apiKey().name(),
        role,
        expiresAt == null ? "no expiry" : "expires " + expiresAt,
        created.token().value());
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
