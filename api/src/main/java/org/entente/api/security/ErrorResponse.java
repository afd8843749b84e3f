package org.entente.api.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal before GraphQL runs, written in GraphQL's own error shape so that clients read every
 * error the same way: {@code
 * {"errors":[{"message":…,"extensions":{"classification":…,"code":…}}]}}.
 */
final class ErrorResponse {

  private ErrorResponse() {}

  static void write(
      HttpServletResponse response, int status, String classification, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JsonMapper.shared()
        .writeValue(
            response.getOutputStream(),
            Map.of(
                "errors",
                List.of(
                    Map.of(
                        "message",
                        message,
                        "extensions",
                        Map.of("classification", classification, "code", code)))));
  }
}
