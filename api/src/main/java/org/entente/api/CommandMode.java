package org.entente.api;

import java.util.List;
import java.util.Map;
import org.entente.api.dossier.DossierCommand;
import org.entente.api.security.ApiKeyCommand;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * An application started to run a command — import a dossier ({@link DossierCommand}), create an
 * API key ({@link ApiKeyCommand}) — serves nothing (the HTTP port is off, before anything starts)
 * and loads no demo dossier into an empty database; these settings outrank every other source, so
 * that no environment can turn the server on meanwhile. {@code main} exits once the command ran.
 */
public class CommandMode implements EnvironmentPostProcessor {

  private static final List<String> COMMANDS =
      List.of(DossierCommand.PROPERTY, ApiKeyCommand.PROPERTY);

  /** Whether the application was started to run a command, and should exit once it has. */
  public static boolean ran(ConfigurableApplicationContext application) {
    return requested(application.getEnvironment());
  }

  private static boolean requested(Environment environment) {
    return COMMANDS.stream().anyMatch(environment::containsProperty);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (requested(environment)) {
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "entente-command", Map.of("server.port", "-1", "entente.demo-dossier", "false")));
    }
  }
}
