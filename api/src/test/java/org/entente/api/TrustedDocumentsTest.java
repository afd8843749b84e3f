package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.api.graphql.documents.TrustedDocument;
import org.entente.api.graphql.documents.TrustedDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpStatus;

/** Partners' registered documents, called by ID with POST and GET. */
@ApiTest
class TrustedDocumentsTest {

  @Autowired Api api;
  @Autowired TrustedDocuments documents;
  @Autowired GraphQlSource graphQl;

  private List<String> kazakhstanAndTheEu() {
    return List.of(api.partyId("ISO_3166_ALPHA2", "KZ"), api.partyId("WIKIDATA", "Q458"));
  }

  /** The test that fails when a schema change would break a partner's document. */
  @Test
  void everyRegisteredDocument_validatesAgainstTheServedSchema() {
    assertThat(documents.all())
        .extracting(TrustedDocument::id)
        .contains("frontend.timeline-page", "frontend.relationship-page");
    for (TrustedDocument document : documents.all()) {
      assertThat(ParseAndValidate.validate(graphQl.schema(), document.document(), Locale.ENGLISH))
          .as(document.id())
          .isEmpty();
    }
  }

  @Test
  void aRegisteredDocument_runsByItsNameWithPost() {
    String body =
        api.post(
            Map.of(
                "documentId",
                "frontend.relationship-page",
                "variables",
                Map.of("between", kazakhstanAndTheEu())),
            HttpStatus.OK);
    assertThat(body)
        .contains("\"name\":\"Republic of Kazakhstan\"")
        .contains("EU–Kazakhstan visa facilitation agreement negotiations")
        .doesNotContain("\"errors\"");
  }

  @Test
  void aRegisteredDocument_runsByItsHashWithGet() {
    TrustedDocument timeline = documents.find("frontend.timeline-page").orElseThrow();
    assertThat(timeline.hashId()).matches("sha256:[0-9a-f]{64}");
    String body = timelinePage(timeline, "");
    assertThat(body).contains("\"hasNextPage\":true").doesNotContain("\"errors\"");
    assertThat(Responses.json(body)).extractingByKey("data").asString().contains("__typename");

    // The front end pages on with the page's end cursor, as the README shows.
    String endCursor = body.replaceFirst("(?s).*\"endCursor\":\"([^\"]+)\".*", "$1");
    String next = timelinePage(timeline, ",\"after\":\"" + endCursor + "\"");
    assertThat(next).doesNotContain("\"errors\"").contains("\"totalCount\"");
    assertThat(Responses.json(next)).extractingByKey("data").asString().contains("__typename");
  }

  /** Three events of Kazakhstan and the EU by GET, with any further variables given as JSON. */
  private String timelinePage(TrustedDocument timeline, String moreVariables) {
    return api.get(
        Map.of(
            "documentId",
            timeline.hashId(),
            "variables",
            "{\"parties\":[\""
                + String.join("\",\"", kazakhstanAndTheEu())
                + "\"],\"first\":3"
                + moreVariables
                + "}"),
        HttpStatus.OK);
  }

  @Test
  void aFreeFormQuery_runsWithGetToo() {
    String body = api.get(Map.of("query", "{ parties(first: 1) { totalCount } }"), HttpStatus.OK);
    assertThat(body).contains("totalCount").doesNotContain("\"errors\"");
  }

  @Test
  void aMutation_isRefusedOverGet() {
    String body =
        api.http()
            .get()
            .uri(uri -> uri.path("/graphql").queryParam("query", "{q}").build("mutation { x }"))
            .exchange()
            .expectStatus()
            .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
            .expectHeader()
            .valueEquals("Allow", "POST")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(Responses.code(body)).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void anUnknownDocumentId_isRefused() {
    String body = api.post(Map.of("documentId", "frontend.nothing"), HttpStatus.BAD_REQUEST);
    assertThat(Responses.code(body)).isEqualTo("PERSISTED_DOCUMENT_NOT_FOUND");
    assertThat(Responses.message(body))
        .isEqualTo("No document is registered with the ID frontend.nothing");
  }

  @Test
  void aDocumentAndADocumentId_isRefused() {
    String body =
        api.post(
            Map.of("query", "{ __typename }", "documentId", "frontend.timeline-page"),
            HttpStatus.BAD_REQUEST);
    assertThat(Responses.code(body)).isEqualTo("BAD_REQUEST");
  }
}
