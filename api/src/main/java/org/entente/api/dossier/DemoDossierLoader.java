package org.entente.api.dossier;

import java.io.IOException;
import java.io.InputStream;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.party.Parties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the Kazakhstan–EU demo dossier when the server starts on a database without parties, so
 * that a first start has something to explore; a database with data of its own is left alone. It
 * goes the way of every dossier, so that importing it again later writes nothing.
 */
@Component
class DemoDossierLoader implements ApplicationRunner {

  static final String DEMO_DOSSIER = "dossiers/kazakhstan-eu.json";

  /** Who the audit trail says wrote what is loaded at start-up. */
  static final String ACTOR = "system";

  private static final Logger log = LoggerFactory.getLogger(DemoDossierLoader.class);

  private final Parties parties;
  private final DossierLoader loader;
  private final boolean enabled;

  DemoDossierLoader(
      Parties parties,
      DossierLoader loader,
      @Value("${entente.demo-dossier:true}") boolean enabled) {
    this.parties = parties;
    this.loader = loader;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!enabled || parties.count() > 0) {
      return;
    }
    try (InputStream json = new ClassPathResource(DEMO_DOSSIER).getInputStream()) {
      DossierImport.Outcome outcome = loader.load(DossierJson.read(json), ACTOR);
      if (!outcome.wasImported()) {
        throw new IllegalStateException(
            "The demo dossier "
                + DEMO_DOSSIER
                + " has problems:\n"
                + String.join("\n", DossierLoader.lines(outcome.problems())));
      }
      log.info("Loaded the demo dossier {}: {}", DEMO_DOSSIER, outcome.summary());
    }
  }
}
