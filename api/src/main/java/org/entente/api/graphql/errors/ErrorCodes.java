package org.entente.api.graphql.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Gives every error of every response {@code extensions.classification} and {@code
 * extensions.code}, answers an internal error with the request's ID only, and replaces any message
 * that would show the server's insides. The request ID is the execution ID under which Spring logs
 * the unresolved exception, so the two can be matched.
 */
final class ErrorCodes implements WebGraphQlInterceptor {

  private static final Logger log = LoggerFactory.getLogger(ErrorCodes.class);

  /** Package-qualified class names, exceptions, SQL, constraints and stack frames. */
  private static final Pattern INSIDES =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|sun|org|com|graphql|tools|reactor|io)\\.[a-z]\\w*\\."
              + "|Exception|(?i:error:)|\\bSQL\\b|constraint|\\bat [a-z]\\w*\\.");

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain
        .next(request)
        .map(
            response ->
                response.getErrors().isEmpty()
                    ? response
                    : response.transform(
                        builder -> builder.errors(coded(response, request.getId()))));
  }

  private static List<GraphQLError> coded(WebGraphQlResponse response, String requestId) {
    return response.getExecutionResult().getErrors().stream()
        .map(error -> coded(error, requestId))
        .toList();
  }

  private static GraphQLError coded(GraphQLError error, String requestId) {
    String code = ErrorCode.of(error);
    String message = error.getMessage() == null ? "" : error.getMessage();
    if (code.equals(ErrorCode.INTERNAL)) {
      log.error("Request {} answered with an internal error: {}", requestId, message);
      message = "Something went wrong; the request id is " + requestId;
    } else if (INSIDES.matcher(message).find()) {
      log.warn("Request {}: an error message showed the server's insides: {}", requestId, message);
      message = "The request could not be served (" + code + "); the request id is " + requestId;
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (error.getExtensions() != null) {
      extensions.putAll(error.getExtensions());
    }
    extensions.put(
        "classification",
        error.getErrorType() == null ? code : error.getErrorType().toSpecification(error));
    extensions.put("code", code);
    GraphqlErrorBuilder<?> coded =
        GraphqlErrorBuilder.newError()
            .message(message)
            .locations(error.getLocations())
            .path(error.getPath())
            .extensions(extensions);
    if (error.getErrorType() != null) {
      coded.errorType(error.getErrorType());
    }
    return coded.build();
  }
}
