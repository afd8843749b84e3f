package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.api.graphql.documents.TrustedDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/** A server that runs registered documents only. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "entente.trusted-documents.only=true")
@Import({TestDatabaseProperties.class, Api.class})
class TrustedDocumentsOnlyTest {

  @Autowired Api api;
  @Autowired TrustedDocuments documents;

  @Test
  void aFreeFormDocument_isRefused() {
    String body = api.post(Map.of("query", "{ parties(first: 1) { totalCount } }"), HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("TRUSTED_DOCUMENTS_ONLY");
    assertThat(Responses.json(body)).doesNotContainKey("data");
  }

  @Test
  void aRegisteredDocument_runsByItsId() {
    String body =
        api.post(
            Map.of(
                "documentId",
                "frontend.timeline-page",
                "variables",
                Map.of("parties", java.util.List.of())),
            HttpStatus.OK);
    assertThat(body).contains("\"timeline\"").doesNotContain("\"errors\"");
  }

  @Test
  void aRegisteredDocumentSentWhole_runs_becauseItIsTheTextThatIsTrusted() {
    String text = documents.find("frontend.timeline-page").orElseThrow().text();
    String body =
        api.post(
            Map.of("query", text, "variables", Map.of("parties", java.util.List.of())),
            HttpStatus.OK);
    assertThat(body).contains("\"timeline\"").doesNotContain("\"errors\"");
  }
}
