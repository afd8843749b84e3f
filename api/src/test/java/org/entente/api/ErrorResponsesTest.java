package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Every error a client can provoke is coded and explains itself, and none shows a stack trace, SQL,
 * a constraint or a class name — unexpected failures included.
 */
@ApiTest
class ErrorResponsesTest {

  @Autowired Api api;

  private String query(String document) {
    return api.post(Map.of("query", document), HttpStatus.OK);
  }

  /** The body of a query the server fails to answer in the way {@link Failures} is told. */
  private String failing(String failure) {
    return api.http()
        .post()
        .uri("/graphql")
        .header(Failures.HEADER, failure)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", "{ parties(first: 1) { totalCount } }"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void aDocumentThatDoesNotParse_isAParseError() {
    String body = query("{ parties(first: 1) { nodes { name }");
    assertThat(Responses.code(body)).isEqualTo("PARSE_ERROR");
    assertThat(Responses.message(body)).contains("Invalid syntax");
  }

  @Test
  void anUnknownField_isAValidationError() {
    String body = query("{ parties(first: 1) { nodes { nickname } } }");
    assertThat(Responses.code(body)).isEqualTo("VALIDATION");
    assertThat(Responses.message(body)).contains("Field 'nickname' in type 'Party' is undefined");
  }

  @Test
  void anUnknownOperationName_isAValidationError() {
    String body =
        api.post(
            Map.of("query", "query Known { __typename }", "operationName", "Unknown"),
            HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("VALIDATION");
    assertThat(Responses.message(body)).isEqualTo("Unknown operation named 'Unknown'.");
  }

  @Test
  void aVariableOfTheWrongType_isBadUserInput() {
    String body =
        api.post(
            Map.of(
                "query",
                "query($n: Int) { parties(first: $n) { totalCount } }",
                "variables",
                Map.of("n", "many")),
            HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("BAD_USER_INPUT");
    assertThat(Responses.message(body)).contains("Variable 'n' has an invalid value");
  }

  @Test
  void aDateThatIsNoDate_isBadUserInput() {
    String body =
        api.post(
            Map.of(
                "query",
                "query($d: Date) { meetings(filter: { from: $d }) { totalCount } }",
                "variables",
                Map.of("d", "28 March")),
            HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void aPageTooLarge_isABadArgument_withItsPath() {
    String body = query("{ parties(first: 500) { totalCount } }");
    assertThat(Responses.code(body)).isEqualTo("BAD_ARGUMENT");
    assertThat(Responses.message(body)).isEqualTo("first must be between 0 and 100, not 500");
    assertThat(Responses.errors(body).get(0)).containsEntry("path", java.util.List.of("parties"));
  }

  @Test
  void anUnexpectedFailure_isInternal_andNamesOnlyTheRequest() {
    String body = failing("internal");
    assertThat(Responses.code(body)).isEqualTo("INTERNAL");
    assertThat(Responses.message(body))
        .matches("Something went wrong; the request id is [0-9a-f-]{36}");
  }

  @Test
  void aClientErrorWhoseMessageQuotesTheDriver_showsNoneOfIt() {
    String body = failing("argument");
    assertThat(Responses.code(body)).isEqualTo("BAD_ARGUMENT");
    assertThat(Responses.message(body))
        .startsWith("The request could not be served (BAD_ARGUMENT)");
  }

  @Test
  void aBodyThatIsNotJson_isABadRequest() {
    String body = api.post("{\"query\": \"{ __typename }\"", HttpStatus.BAD_REQUEST);
    assertThat(Responses.code(body)).isEqualTo("BAD_REQUEST");
    assertThat(Responses.message(body)).isEqualTo("The body is not a JSON object");
  }

  @Test
  void aBodyThatGivesAFieldTwice_isABadRequest_ratherThanTheLastOneWinning() {
    String body =
        api.post(
            "{\"query\": \"{ __typename }\", \"query\": \"mutation { x }\"}",
            HttpStatus.BAD_REQUEST);
    assertThat(Responses.code(body)).isEqualTo("BAD_REQUEST");
    assertThat(Responses.message(body))
        .isEqualTo("The body gives a field twice: Duplicate Object property \"query\"");
  }

  @Test
  void aNulEscapedInTheDocumentsText_isBadUserInput_beforeItRuns() {
    String body =
        api.post(
            Map.of("query", "{ meetings(filter: {city: \"Alma\\u0000ty\"}) { totalCount } }"),
            HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("BAD_USER_INPUT");
    assertThat(Responses.message(body)).contains("NUL character");
    // An escaped backslash before the letters is text, not an escape of NUL.
    api.graphQl()
        .document("{ meetings(filter: {city: \"Alma\\\\u0000ty\"}) { totalCount } }")
        .execute()
        .path("meetings.totalCount")
        .entity(Integer.class)
        .isEqualTo(0);
  }

  @Test
  void aBodyOfTheWrongShape_saysWhatIsWrong() {
    assertThat(Responses.message(api.post("[1, 2]", HttpStatus.BAD_REQUEST)))
        .isEqualTo("The body is not a JSON object");
    assertThat(Responses.message(api.post(Map.of("query", 42), HttpStatus.BAD_REQUEST)))
        .isEqualTo("query must be a string");
    assertThat(
            Responses.message(
                api.post(
                    Map.of("query", "{ __typename }", "variables", "n"), HttpStatus.BAD_REQUEST)))
        .isEqualTo("variables must be a JSON object");
    assertThat(Responses.message(api.post(Map.of(), HttpStatus.BAD_REQUEST)))
        .isEqualTo("Send either a document as query or a registered documentId");
  }

  @Test
  void aBodyOfAnotherContentType_isRefusedWith415() {
    String body =
        api.http()
            .post()
            .uri("/graphql")
            .contentType(MediaType.TEXT_PLAIN)
            .bodyValue("{ __typename }")
            .exchange()
            .expectStatus()
            .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(Responses.code(body)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void anUnknownPath_isNotFound_withoutInsides() {
    String body =
        api.http()
            .get()
            .uri("/nothing-here")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    Responses.assertNothingLeaks(body);
    assertThat(Responses.json(body)).containsEntry("status", 404).doesNotContainKey("message");
  }
}
