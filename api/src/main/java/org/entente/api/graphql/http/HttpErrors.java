package org.entente.api.graphql.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a refusal made before GraphQL runs: a GraphQL response holding one error, so clients
 * read it as they read any other error: {@code
 * {"errors":[{"message":…,"extensions":{"classification":…,"code":…}}]}}.
 */
public final class HttpErrors {

  private HttpErrors() {}

  /** A refusal of a bad request. */
  static Map<String, Object> body(String code, String message) {
    return body("BAD_REQUEST", code, message);
  }

  static Map<String, Object> body(String classification, String code, String message) {
    return Map.of(
        "errors",
        List.of(
            Map.of(
                "message",
                message,
                "extensions",
                Map.of("classification", classification, "code", code))));
  }

  /** Writes the refusal to a servlet response, for filters that answer before any handler. */
  public static void write(
      HttpServletResponse response, int status, String classification, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JsonMapper.shared().writeValue(response.getOutputStream(), body(classification, code, message));
  }
}
