package org.entente.api;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * The arguments that point an instance at the test run's database, followed by {@code more}; an
   * argument of {@code more} replaces the default of the same name (Spring would join the two
   * values of a repeated argument with a comma).
   */
  public static List<String> arguments(String... more) {
    TestDatabase database = TestDatabase.shared();
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=0");
    arguments.add("--spring.datasource.url=" + database.url());
    arguments.add("--spring.datasource.username=" + database.user());
    arguments.add("--spring.datasource.password=" + database.password());
    arguments.removeIf(given -> Stream.of(more).anyMatch(again -> name(again).equals(name(given))));
    arguments.addAll(List.of(more));
    return arguments;
  }

  private static String name(String argument) {
    int equals = argument.indexOf('=');
    return equals < 0 ? argument : argument.substring(0, equals);
  }

  /** Starts an instance with the arguments above. */
  public static ConfigurableApplicationContext run(String... more) {
    return SpringApplication.run(EntenteApplication.class, arguments(more).toArray(String[]::new));
  }

  public static String baseUrl(ConfigurableApplicationContext application) {
    return "http://localhost:"
        + application.getEnvironment().getRequiredProperty("local.server.port");
  }
}
