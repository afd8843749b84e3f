package org.entente.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.entente.domain.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A subscription that fails ends with an error that says why when the client is at fault, and with
 * an opaque one otherwise — whose cause is logged here, since no response carries it.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

  @Override
  protected GraphQLError resolveToSingleError(Throwable error) {
    if (error instanceof RuleViolation violation) {
      return error(ErrorType.BAD_REQUEST, violation.getMessage(), violation.code());
    }
    if (error instanceof IllegalArgumentException invalid) {
      return error(ErrorType.BAD_REQUEST, invalid.getMessage(), "BAD_USER_INPUT");
    }
    log.error("A subscription failed", error);
    return error(ErrorType.INTERNAL_ERROR, "the subscription failed on the server", "INTERNAL");
  }

  private static GraphQLError error(ErrorType type, String message, String code) {
    return GraphqlErrorBuilder.newError()
        .errorType(type)
        .message(message)
        .extensions(Map.of("code", code))
        .build();
  }
}
