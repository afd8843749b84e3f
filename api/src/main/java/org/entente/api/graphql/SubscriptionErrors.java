package org.entente.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
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
    GraphQLError clientError = ClientErrors.of(error, GraphqlErrorBuilder.newError());
    if (clientError != null) {
      return clientError;
    }
    log.error("A subscription failed", error);
    return GraphqlErrorBuilder.newError()
        .errorType(ErrorType.INTERNAL_ERROR)
        .message("the subscription failed on the server")
        .extensions(Map.of("code", "INTERNAL"))
        .build();
  }
}
