package org.entente.api.graphql;

import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import org.entente.api.graphql.errors.Refusal;
import org.entente.api.graphql.http.OperationKind;
import org.entente.api.graphql.limits.Limits;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The WebSocket at {@code /graphql} carries subscriptions only; queries and mutations are sent by
 * HTTP. Every message of a WebSocket runs as the key that opened it, checked once, when it opened:
 * a mutation sent over one would escape the rate limit, and the key's revocation, for as long as
 * the socket stayed open.
 */
@Component
class SubscriptionsOnlyOverWebSocket implements WebGraphQlInterceptor {

  private final ParserOptions parserLimits;

  SubscriptionsOnlyOverWebSocket(Limits limits) {
    this.parserLimits = limits.parser().options();
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!(request instanceof WebSocketGraphQlRequest)
        || OperationKind.of(request.getDocument(), request.getOperationName(), parserLimits)
            // A document that does not say what it runs is left to GraphQL, which runs nothing.
            .map(OperationDefinition.Operation.SUBSCRIPTION::equals)
            .orElse(true)) {
      return chain.next(request);
    }
    return Refusal.of(
        request,
        ErrorType.BAD_REQUEST,
        "SUBSCRIPTIONS_ONLY",
        "This WebSocket carries subscriptions only: send queries and mutations by HTTP to"
            + " /graphql");
  }
}
