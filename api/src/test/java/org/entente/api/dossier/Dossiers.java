package org.entente.api.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dossiers for tests: the files under {@code dossiers/}, their names tagged, and importing them.
 */
final class Dossiers {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String IMPORT =
      "mutation($input: ImportDossierInput!) { importDossier(input: $input) {"
          + " summary { topics sources parties people offices tenures meetings agreements"
          + " negotiations skipped }"
          + " problems { location code message } userErrors { path message code } } }";

  private Dossiers() {}

  /** The text of a dossier file, with every {tag} replaced by {@code tag}. */
  static String text(String file, String tag) {
    try (InputStream json = new ClassPathResource(file).getInputStream()) {
      return new String(json.readAllBytes(), StandardCharsets.UTF_8).replace("{tag}", tag);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dossier file as a JSON object, with every {tag} replaced by {@code tag}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String file, String tag) {
    return JSON.readValue(text(file, tag), Map.class);
  }

  static GraphQlTester.Response importDossier(GraphQlTester graphQl, Object dossier) {
    return graphQl.document(IMPORT).variable("input", Map.of("dossier", dossier)).execute();
  }
}
