package org.entente.api;

import org.entente.api.dossier.DossierCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class EntenteApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext application =
        SpringApplication.run(EntenteApplication.class, args);
    if (DossierCommand.ran(application)) {
      // The command-line import has run; its status is the process's.
      System.exit(SpringApplication.exit(application));
    }
  }
}
