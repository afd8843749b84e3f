package org.entente.api.graphql;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hands the {@code Idempotency-Key} header to the mutations of the request: a partner that retries
 * a request with the same key gets the first answer's records instead of a second write.
 */
@Component
class IdempotencyKeyHeader implements WebGraphQlInterceptor {

  static final String HEADER = "Idempotency-Key";
  static final String CONTEXT_KEY = "idempotencyKey";

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String key = request.getHeaders().getFirst(HEADER);
    if (key != null) {
      request.configureExecutionInput(
          (input, builder) ->
              builder.graphQLContext(context -> context.put(CONTEXT_KEY, key)).build());
    }
    return chain.next(request);
  }
}
