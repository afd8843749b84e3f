package org.entente.api;

import org.entente.api.security.ApiKeyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class EntenteApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext context = application(args).run(args);
    if (ApiKeyCommand.isRequested(args)) {
      System.exit(SpringApplication.exit(context));
    }
  }

  /** The server, or, when the arguments ask for a command, the command alone without serving. */
  public static SpringApplication application(String... args) {
    SpringApplication application = new SpringApplication(EntenteApplication.class);
    if (ApiKeyCommand.isRequested(args)) {
      application.setWebApplicationType(WebApplicationType.NONE);
    }
    return application;
  }
}
