package org.entente.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A schema field that no controller or record answers stops the application from starting. */
class SchemaInspectionTest {

  @Test
  void anUnmappedField_failsStartUp() {
    assertThatThrownBy(
            () ->
                TestApplication.run(
                    "--spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-unmapped/"))
        .hasStackTraceContaining("The GraphQL schema and its mappings disagree")
        .hasStackTraceContaining("Unmapped fields: {Query=[unmappedField]}");
  }
}
