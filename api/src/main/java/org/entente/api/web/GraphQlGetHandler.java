package org.entente.api.web;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP's GET: a query sent as URL parameters ({@code query}, {@code operationName},
 * and {@code variables} and {@code extensions} JSON-encoded), so that a link or a cache can hold
 * it. Spring for GraphQL 2.0 serves POST only; this handler reads the parameters and leaves the
 * rest to Spring's handler, so that a GET is answered exactly as the same POST would be. A mutation
 * is refused with 405 and {@code Allow: POST}, as the specification requires: a GET must change
 * nothing.
 */
final class GraphQlGetHandler extends GraphQlHttpHandler {

  private final WebGraphQlHandler graphQl;
  private final JsonMapper json;
  private final IdGenerator ids = new AlternativeJdkIdGenerator();

  GraphQlGetHandler(WebGraphQlHandler graphQl, JsonMapper json) {
    super(graphQl);
    this.graphQl = graphQl;
    this.json = json;
  }

  @Override
  public ServerResponse handleRequest(ServerRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      body.put("query", single(request, "query"));
      body.put("operationName", single(request, "operationName"));
      body.put("variables", jsonObject(request, "variables"));
      body.put("extensions", jsonObject(request, "extensions"));
    } catch (UnreadableParameter unreadable) {
      return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", unreadable.getMessage());
    }
    if (body.get("query") == null) {
      return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "the query parameter is missing");
    }
    if (isMutation((String) body.get("query"), (String) body.get("operationName"))) {
      return refusal(
          HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "send mutations with POST");
    }
    body.values().removeIf(value -> value == null);
    WebGraphQlRequest graphQlRequest =
        new WebGraphQlRequest(
            request.uri(),
            request.headers().asHttpHeaders(),
            cookies(request),
            request.remoteAddress().orElse(null),
            request.attributes(),
            body,
            ids.generateId().toString(),
            LocaleContextHolder.getLocale());
    return prepareResponse(request, graphQl.handleRequest(graphQlRequest));
  }

  /** The parameter's one value, or null; two values would leave the request ambiguous. */
  private static @Nullable String single(ServerRequest request, String name) {
    List<String> values = request.params().getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new UnreadableParameter("the " + name + " parameter is given more than once");
    }
    return values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
  }

  private @Nullable Map<?, ?> jsonObject(ServerRequest request, String name) {
    String text = single(request, name);
    if (text == null) {
      return null;
    }
    Object value;
    try {
      value = json.readValue(text, Object.class);
    } catch (JacksonException invalid) {
      throw new UnreadableParameter("the " + name + " parameter is not JSON");
    }
    if (value != null && !(value instanceof Map<?, ?>)) {
      throw new UnreadableParameter("the " + name + " parameter is not a JSON object");
    }
    return (Map<?, ?>) value;
  }

  /**
   * Whether the operation to run is a mutation. A document that does not parse, or does not say
   * which of its operations to run, is left to GraphQL, whose error says what is wrong with it.
   */
  private static boolean isMutation(String text, @Nullable String operationName) {
    Document document;
    try {
      document = Parser.parse(text);
    } catch (InvalidSyntaxException invalid) {
      return false;
    }
    List<OperationDefinition> operations =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .filter(operation -> operationName == null || operationName.equals(operation.getName()))
            .toList();
    return operations.size() == 1
        && operations.get(0).getOperation() == OperationDefinition.Operation.MUTATION;
  }

  private static ServerResponse refusal(HttpStatus status, String code, String message) {
    ServerResponse.BodyBuilder response =
        ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
    if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      response.allow(HttpMethod.POST);
    }
    return response.body(
        Map.of(
            "errors",
            List.of(
                Map.of(
                    "message",
                    message,
                    "extensions",
                    Map.of("classification", "BAD_REQUEST", "code", code)))));
  }

  private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
    MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
    request
        .cookies()
        .forEach(
            (name, values) ->
                values.forEach(
                    cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
    return cookies;
  }

  /** A parameter that cannot be read as the specification defines it. */
  private static final class UnreadableParameter extends RuntimeException {
    UnreadableParameter(String message) {
      super(message, null, false, false);
    }
  }
}
