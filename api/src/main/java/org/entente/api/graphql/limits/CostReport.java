package org.entente.api.graphql.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Tells the client, on every response, what its document cost and how much it may cost: {@code
 * extensions.cost {requested, limit}}. A document refused before it could be costed (it did not
 * parse or validate, or was not allowed) requested nothing.
 */
final class CostReport implements WebGraphQlInterceptor {

  private final long limit;

  CostReport(long limit) {
    this.limit = limit;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(this::report);
  }

  private WebGraphQlResponse report(WebGraphQlResponse response) {
    RequestedCost requested =
        response
            .getExecutionInput()
            .getGraphQLContext()
            .getOrDefault(RequestedCost.class, new RequestedCost(0));
    Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
    Map<String, Long> cost = new LinkedHashMap<>();
    cost.put("requested", requested.value());
    cost.put("limit", limit);
    extensions.put("cost", cost);
    return response.transform(builder -> builder.extensions(extensions));
  }
}
