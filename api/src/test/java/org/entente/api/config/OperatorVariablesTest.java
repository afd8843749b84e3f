package org.entente.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The README's operator variables reach the Spring properties that act on them: the shutdown grace
 * the log format and the planner's page cost, with their documented defaults.
 */
class OperatorVariablesTest {

  @Test
  void shutdownGrace_isTwentySecondsOfGracefulShutdown_unlessEntenteShutdownGraceSaysOtherwise()
      throws IOException {
    assertThat(environment(Map.of()).getProperty("spring.lifecycle.timeout-per-shutdown-phase"))
        .isEqualTo("20s");
    assertThat(environment(Map.of()).getProperty("server.shutdown")).isEqualTo("graceful");
    assertThat(
            environment(Map.of("ENTENTE_SHUTDOWN_GRACE", "45s"))
                .getProperty("spring.lifecycle.timeout-per-shutdown-phase"))
        .isEqualTo("45s");
  }

  @Test
  void logFormat_isPlainText_unlessEntenteLogFormatNamesAStructuredOne() throws IOException {
    assertThat(environment(Map.of()).getProperty("logging.structured.format.console")).isEmpty();
    assertThat(
            environment(Map.of("ENTENTE_LOG_FORMAT", "ecs"))
                .getProperty("logging.structured.format.console"))
        .isEqualTo("ecs");
  }

  @Test
  void randomPageCost_isThatOfMemory_unlessEntenteRandomPageCostSaysOtherwise() throws IOException {
    // LimitsTest shows that PostgreSQL runs this text on every connection of the pool.
    assertThat(environment(Map.of()).getProperty("spring.datasource.hikari.connection-init-sql"))
        .contains("set random_page_cost = 1.1;", "set jit = off");
    assertThat(
            environment(Map.of("ENTENTE_RANDOM_PAGE_COST", "2"))
                .getProperty("spring.datasource.hikari.connection-init-sql"))
        .contains("set random_page_cost = 2;");
  }

  /** application.yaml as the application reads it, under the given environment variables only. */
  private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    var sources = environment.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.addFirst(new MapPropertySource("variables", variables));
    for (PropertySource<?> yaml :
        new YamlPropertySourceLoader()
            .load("application.yaml", new ClassPathResource("application.yaml"))) {
      sources.addLast(yaml);
    }
    return environment;
  }
}
