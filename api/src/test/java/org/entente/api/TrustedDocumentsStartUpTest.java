package org.entente.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** A registered document that a partner could not run stops the server from starting. */
class TrustedDocumentsStartUpTest {

  private static void start(String... settings) {
    TestDatabase database = TestDatabase.shared();
    String[] arguments = new String[settings.length + 4];
    arguments[0] = "--server.port=0";
    arguments[1] = "--spring.datasource.url=" + database.url();
    arguments[2] = "--spring.datasource.username=" + database.user();
    arguments[3] = "--spring.datasource.password=" + database.password();
    System.arraycopy(settings, 0, arguments, 4, settings.length);
    new SpringApplication(EntenteApplication.class).run(arguments).close();
  }

  @Test
  void aDocumentThatNoLongerValidates_failsStartUp_namingIt() {
    assertThatThrownBy(
            () -> start("--entente.trusted-documents.location=classpath:graphql-documents-broken/"))
        .hasStackTraceContaining("partner/renamed-field.graphql cannot be served")
        .hasStackTraceContaining("Field 'nickname' in type 'Party' is undefined");
  }

  @Test
  void aDocumentThatCouldCostMoreThanTheLimit_failsStartUp_namingIt() {
    assertThatThrownBy(() -> start("--entente.limits.max-cost=1000"))
        .hasStackTraceContaining("frontend/timeline-page.graphql cannot be served")
        .hasStackTraceContaining(
            "it could cost 1602, more than the limit of 1000 (operation TimelinePage)");
  }
}
