package org.entente.api.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.Objects;
import org.entente.api.graphql.errors.Refusal;
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

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!(request instanceof WebSocketGraphQlRequest) || isSubscription(request)) {
      return chain.next(request);
    }
    return Refusal.of(
        request,
        ErrorType.BAD_REQUEST,
        "SUBSCRIPTIONS_ONLY",
        "This WebSocket carries subscriptions only: send queries and mutations by HTTP to"
            + " /graphql");
  }

  /**
   * Whether the operation to run is a subscription. A document that does not parse, or does not say
   * which operation to run, is left to GraphQL, which explains what is wrong with it and runs
   * nothing.
   */
  private static boolean isSubscription(WebGraphQlRequest request) {
    Document document;
    try {
      document = Parser.parse(request.getDocument());
    } catch (InvalidSyntaxException unparsed) {
      return true;
    }
    var operations =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .filter(
                operation ->
                    request.getOperationName() == null
                        || Objects.equals(operation.getName(), request.getOperationName()))
            .toList();
    return operations.size() != 1
        || operations.get(0).getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
  }
}
