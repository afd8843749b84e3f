package org.entente.api.graphql.errors;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/** The answer of an interceptor that refuses a request before it runs: one error, no data. */
public final class Refusal {

  private Refusal() {}

  public static Mono<WebGraphQlResponse> of(
      WebGraphQlRequest request, ErrorType type, String code, String message) {
    ExecutionResult refused =
        ExecutionResult.newExecutionResult()
            .addError(
                GraphqlErrorBuilder.newError()
                    .errorType(type)
                    .message(message)
                    .extensions(Map.of("code", code))
                    .build())
            .build();
    return Mono.just(
        new WebGraphQlResponse(
            new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
  }
}
