package org.entente.api.graphql.http;

import java.util.List;
import java.util.Map;

/**
 * The body of a refusal made before GraphQL runs: a GraphQL response holding one error, so clients
 * read it as they read any other error.
 */
final class HttpErrors {

  private HttpErrors() {}

  static Map<String, Object> body(String code, String message) {
    return Map.of(
        "errors",
        List.of(
            Map.of(
                "message",
                message,
                "extensions",
                Map.of("classification", "BAD_REQUEST", "code", code))));
  }
}
