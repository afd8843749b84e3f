package org.entente.api.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.api.graphql.errors.Refusal;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses a request with the NUL character (U+0000) anywhere in its document or variables, written
 * or escaped, before it runs: PostgreSQL text cannot hold it, so no answer could be right, and the
 * database would otherwise be the one to refuse it, with a failure instead of a clear error.
 */
@Component
class NulCharacterGuard implements WebGraphQlInterceptor {

  private static final char NUL = '\u0000';

  /**
   * NUL written as an escape in a string of the document: a backslash, then u0000 or u{0}. An odd
   * run of backslashes starts an escape; an even run only escapes backslashes.
   */
  private static final Pattern ESCAPED_NUL =
      Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?:0000|\\{0+})");

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String document = request.getDocument();
    if (document.indexOf(NUL) < 0
        && !(document.contains("\\u") && ESCAPED_NUL.matcher(document).find())
        && !holdsNul(request.getVariables())) {
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
