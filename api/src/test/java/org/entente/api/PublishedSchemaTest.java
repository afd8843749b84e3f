package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The schema partners build against is a file in the repository, {@code api/schema.graphql}, so a
 * change to the API shows in review; this test fails when the file and the served schema differ.
 */
@ApiTest
class PublishedSchemaTest {

  private static final Path PUBLISHED = Path.of("schema.graphql");

  @Autowired GraphQlSource graphQl;

  @Test
  void thePublishedSchemaFile_isTheSchemaTheServerServes() throws IOException {
    String served =
        new SchemaPrinter(
                SchemaPrinter.Options.defaultOptions()
                    .includeDirectives(false)
                    .includeScalarTypes(true)
                    .includeSchemaDefinition(false))
            .print(graphQl.schema());
    if (Boolean.getBoolean("entente.publish-schema")) {
      Files.writeString(PUBLISHED, served);
    }
    assertThat(Files.exists(PUBLISHED) ? Files.readString(PUBLISHED) : "")
        .as(
            "api/schema.graphql differs from the served schema; after reviewing the change, write"
                + " it with: ./mvnw -pl api -am verify -Dtest=PublishedSchemaTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dentente.publish-schema=true")
        .isEqualTo(served);
  }
}
