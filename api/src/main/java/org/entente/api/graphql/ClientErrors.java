package org.entente.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.entente.domain.RuleViolation;
import org.springframework.graphql.execution.ErrorType;

/**
 * The one mapping of a client's fault to an error that says why, with a code: a refused rule keeps
 * its own code, a bad argument is {@code BAD_ARGUMENT}. Queries, mutations and subscriptions share
 * it, so a client sees the same code whichever way it asked.
 */
final class ClientErrors {

  private ClientErrors() {}

  /** The client error for {@code error}, or null when the client is not at fault. */
  static GraphQLError of(Throwable error, GraphqlErrorBuilder<?> builder) {
    if (error instanceof RuleViolation violation) {
      return build(builder, violation.getMessage(), violation.code());
    }
    if (error instanceof IllegalArgumentException invalid) {
      return build(builder, invalid.getMessage(), "BAD_ARGUMENT");
    }
    return null;
  }

  private static GraphQLError build(GraphqlErrorBuilder<?> builder, String message, String code) {
    return builder
        .errorType(ErrorType.BAD_REQUEST)
        .message(message)
        .extensions(Map.of("code", code))
        .build();
  }
}
