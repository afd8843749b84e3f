package org.entente.api.graphql.http;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of a GraphQL request over HTTP, read from a JSON body or from a GET request's
 * query string: either a whole document ({@code query}) or the ID of a registered one ({@code
 * documentId}), as the GraphQL-over-HTTP specification and its persisted-documents appendix define
 * them.
 */
record GraphQlHttpRequest(
    @Nullable String query,
    @Nullable String documentId,
    @Nullable String operationName,
    Map<String, Object> variables,
    Map<String, Object> extensions) {

  GraphQlHttpRequest {
    if ((query == null) == (documentId == null)) {
      throw new MalformedRequest("Send either a document as query or a registered documentId");
    }
    if (operationName != null && operationName.isEmpty()) {
      operationName = null;
    }
  }

  static GraphQlHttpRequest fromBody(Map<?, ?> body) {
    return new GraphQlHttpRequest(
        string(body.get("query"), "query"),
        string(body.get("documentId"), "documentId"),
        string(body.get("operationName"), "operationName"),
        object(body.get("variables"), "variables"),
        object(body.get("extensions"), "extensions"));
  }

  /** GET parameters; variables and extensions come JSON-encoded. */
  static GraphQlHttpRequest fromParameters(Map<String, String> parameters, JsonMapper json) {
    return new GraphQlHttpRequest(
        parameters.get("query"),
        parameters.get("documentId"),
        parameters.get("operationName"),
        object(decode(parameters.get("variables"), "variables", json), "variables"),
        object(decode(parameters.get("extensions"), "extensions", json), "extensions"));
  }

  private static @Nullable Object decode(@Nullable String value, String name, JsonMapper json) {
    try {
      return value == null ? null : json.readValue(value, Object.class);
    } catch (JacksonException invalid) {
      throw new MalformedRequest(name + " is not valid JSON");
    }
  }

  private static @Nullable String string(@Nullable Object value, String name) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new MalformedRequest(name + " must be a string");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value, String name) {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new MalformedRequest(name + " must be a JSON object");
  }
}
