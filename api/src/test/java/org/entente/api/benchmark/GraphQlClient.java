package org.entente.api.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

/** POST /graphql with JSON over one keep-alive HTTP/1.1 client, shared by every thread. */
final class GraphQlClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI endpoint;

  GraphQlClient(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** The JSON request body of a query with its variables, all of them strings. */
  static String body(BenchmarkQuery query) {
    String variables =
        query.variables().entrySet().stream()
            .map(variable -> json(variable.getKey()) + ":" + json(variable.getValue()))
            .collect(Collectors.joining(","));
    return "{\"query\":" + json(query.document()) + ",\"variables\":{" + variables + "}}";
  }

  /** The response body; throws on an HTTP error or when the response has GraphQL errors. */
  String post(String body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(body);
    // "errors" can only be the top-level key here: no field of the documents is named so.
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new IllegalStateException(
          "GraphQL answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /**
   * Null when the server answers without errors, else the response (such as a validation error).
   */
  String problem(String body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(body);
    return response.statusCode() == 200 && !response.body().contains("\"errors\"")
        ? null
        : response.body();
  }

  private HttpResponse<String> send(String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/graphql-response+json, application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String json(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
