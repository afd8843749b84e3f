package org.entente.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EntenteApplication {

  public static void main(String[] args) {
    SpringApplication.run(EntenteApplication.class, args);
  }
}
