package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** What every error response must be: coded, and silent about the server's insides. */
public final class Responses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What a response must never show: class names, stack frames, SQL, constraints. */
  private static final List<String> INSIDES =
      List.of(
          "java.",
          "javax.",
          "jakarta.",
          "org.jooq",
          "org.postgresql",
          "org.springframework",
          "org.entente",
          "graphql.",
          "tools.jackson",
          "Exception",
          "\tat ",
          "SQL",
          "constraint",
          "party_pkey",
          "trace");

  private Responses() {}

  /** The errors of a GraphQL response body, each asserted to have a classification and a code. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> errors(String body) {
    assertNothingLeaks(body);
    Map<String, Object> response = JSON.readValue(body, Map.class);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
    assertThat(errors).as("errors of %s", body).isNotEmpty();
    for (Map<String, Object> error : errors) {
      assertThat((Map<String, Object>) error.get("extensions"))
          .as("extensions of %s", error)
          .containsKeys("classification", "code");
    }
    return errors;
  }

  /** The code of the only error of a GraphQL response body. */
  @SuppressWarnings("unchecked")
  public static String code(String body) {
    List<Map<String, Object>> errors = errors(body);
    assertThat(errors).as("errors of %s", body).hasSize(1);
    return (String) ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
  }

  /** The message of the only error of a GraphQL response body. */
  public static String message(String body) {
    List<Map<String, Object>> errors = errors(body);
    assertThat(errors).as("errors of %s", body).hasSize(1);
    return (String) errors.get(0).get("message");
  }

  public static void assertNothingLeaks(String body) {
    assertThat(body).as("a response body").doesNotContain(INSIDES);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> json(String body) {
    return JSON.readValue(body, Map.class);
  }
}
