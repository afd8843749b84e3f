package org.entente.api.graphql;

import java.util.Collection;
import java.util.Map;
import org.entente.api.graphql.errors.Refusal;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses a request with the NUL character (U+0000) anywhere in its document or variables, before
 * it runs: PostgreSQL text cannot hold it, so no answer could be right, and the database would
 * otherwise be the one to refuse it, with a failure instead of a clear error.
 */
@Component
class NulCharacterGuard implements WebGraphQlInterceptor {

  private static final char NUL = '\u0000';

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (request.getDocument().indexOf(NUL) < 0 && !holdsNul(request.getVariables())) {
      return chain.next(request);
    }
    return Refusal.of(
        request,
        ErrorType.BAD_REQUEST,
        "BAD_USER_INPUT",
        "text may not contain the NUL character (U+0000)");
  }

  private static boolean holdsNul(Object value) {
    if (value instanceof String text) {
      return text.indexOf(NUL) >= 0;
    }
    if (value instanceof Map<?, ?> map) {
      return map.keySet().stream().anyMatch(NulCharacterGuard::holdsNul)
          || map.values().stream().anyMatch(NulCharacterGuard::holdsNul);
    }
    if (value instanceof Collection<?> list) {
      return list.stream().anyMatch(NulCharacterGuard::holdsNul);
    }
    return false;
  }
}
