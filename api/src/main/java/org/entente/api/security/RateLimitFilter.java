package org.entente.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.entente.api.graphql.http.HttpErrors;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A token bucket for each API key, and for each client address among anonymous requests: {@code
 * burst} requests at once, refilled at {@code requestsPerMinute}. Only GraphQL requests count; the
 * GraphiQL page and its assets hold no data.
 */
final class RateLimitFilter extends OncePerRequestFilter {

  private static final Duration A_DAY = Duration.ofDays(1);

  private final CurrentActor actor;
  private final long requestsPerMinute;
  private final long burst;
  private final Cache<String, Bucket> buckets;

  RateLimitFilter(CurrentActor actor, long requestsPerMinute, long burst) {
    if (requestsPerMinute < 1 || burst < 1) {
      throw new IllegalArgumentException(
          "the rate limit needs at least one request per minute and a burst of one");
    }
    this.actor = actor;
    this.requestsPerMinute = requestsPerMinute;
    this.burst = burst;
    // A bucket left alone this long is full again, the same as a new one: forgetting it is exact.
    // (Capped for absurd settings, where a day's grace is no matter.)
    Duration refill = Duration.ofMinutes(1).multipliedBy(burst).dividedBy(requestsPerMinute);
    this.buckets =
        Caffeine.newBuilder()
            .expireAfterAccess(refill.compareTo(A_DAY) < 0 ? refill : A_DAY)
            .maximumSize(100_000)
            .build();
  }

  /**
   * Judged by the path as the GraphQL endpoint is matched, decoded: by the raw URI, {@code POST
   * /graph%71l} was served as GraphQL and never counted.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"/graphql".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client =
        actor.role().isPresent() ? "key " + actor.name() : "address " + request.getRemoteAddr();
    ConsumptionProbe probe =
        buckets.get(client, any -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    // Rounded up: a client that waits exactly this long finds a token.
    long seconds =
        Math.max(
            1,
            Duration.ofNanos(probe.getNanosToWaitForRefill()).plusNanos(999_999_999).toSeconds());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    HttpErrors.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS.value(),
        // As every refusal made before GraphQL runs is classified; no finer one applies.
        ErrorType.BAD_REQUEST.name(),
        "RATE_LIMITED",
        "More than "
            + requestsPerMinute
            + " requests a minute (or "
            + burst
            + " at once); retry in "
            + seconds
            + " s");
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            limit -> limit.capacity(burst).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)))
        .build();
  }
}
