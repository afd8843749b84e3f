package org.entente.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.persistence.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the application, on a random port against the test run's database, for tests
 * that need a server of their own: a second instance, other settings, or a lost database.
 */
public final class TestApplication {

  private TestApplication() {}

  /** The arguments that point an instance at the test run's database. */
  public static List<String> arguments(String... more) {
    TestDatabase database = TestDatabase.shared();
    // Spring joins a property given twice on the command line; later ones must replace instead.
    Map<String, String> arguments = new LinkedHashMap<>();
    for (String argument :
        Stream.concat(
                Stream.of(
                    "--server.port=0",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password()),
                Stream.of(more))
            .toList()) {
      int equals = argument.indexOf('=');
      arguments.put(equals < 0 ? argument : argument.substring(0, equals), argument);
    }
    return new ArrayList<>(arguments.values());
  }

  /** Starts an instance; later arguments override earlier ones. */
  public static ConfigurableApplicationContext run(String... more) {
    return SpringApplication.run(EntenteApplication.class, arguments(more).toArray(String[]::new));
  }

  public static String baseUrl(ConfigurableApplicationContext application) {
    return "http://localhost:"
        + application.getEnvironment().getRequiredProperty("local.server.port");
  }
}
