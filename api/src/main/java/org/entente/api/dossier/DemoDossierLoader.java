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
 * that a first start has something to explore; a database with data of its own is left alone.
 */
@Component
class DemoDossierLoader implements ApplicationRunner {

  static final String DEMO_DOSSIER = "dossiers/kazakhstan-eu.json";

  private static final Logger log = LoggerFactory.getLogger(DemoDossierLoader.class);

  private final Parties parties;
  private final DossierImport dossierImport;
  private final boolean enabled;

  DemoDossierLoader(
      Parties parties,
      DossierImport dossierImport,
      @Value("${entente.demo-dossier:true}") boolean enabled) {
    this.parties = parties;
    this.dossierImport = dossierImport;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!enabled || parties.count() > 0) {
      return;
    }
    try (InputStream json = new ClassPathResource(DEMO_DOSSIER).getInputStream()) {
      DossierImport.Summary summary = dossierImport.importDossier(DossierJson.read(json));
      log.info("Loaded the demo dossier {}: {}", DEMO_DOSSIER, summary);
    }
  }
}
