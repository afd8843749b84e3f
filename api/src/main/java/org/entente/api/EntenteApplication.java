package org.entente.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class EntenteApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext application =
        SpringApplication.run(EntenteApplication.class, args);
    if (CommandMode.ran(application)) {
      // A command (a dossier import, a new API key) has run; its status is the process's.
      System.exit(SpringApplication.exit(application));
    }
  }
}
