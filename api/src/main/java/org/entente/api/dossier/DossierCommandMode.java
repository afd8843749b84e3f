package org.entente.api.dossier;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * An application started to import a dossier ({@link DossierCommand}) serves nothing (the HTTP port
 * is off, before anything starts) and loads no demo dossier into an empty database; these settings
 * outrank every other source, so that no environment can turn the server on meanwhile.
 */
public class DossierCommandMode implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty(DossierCommand.PROPERTY)) {
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "entente-import-dossier",
                  Map.of("server.port", "-1", "entente.demo-dossier", "false")));
    }
  }
}
