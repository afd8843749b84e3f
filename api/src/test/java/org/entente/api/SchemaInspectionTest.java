package org.entente.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** A schema field that no controller or record answers stops the application from starting. */
class SchemaInspectionTest {

  @Test
  void anUnmappedField_failsStartUp() {
    TestDatabase database = TestDatabase.shared();
    SpringApplication application = new SpringApplication(EntenteApplication.class);
    assertThatThrownBy(
            () ->
                application.run(
                    "--server.port=0",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password(),
                    "--spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-unmapped/"))
        .hasStackTraceContaining("The GraphQL schema and its mappings disagree")
        .hasStackTraceContaining("Unmapped fields: {Query=[unmappedField]}");
  }
}
