package org.entente.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyId;
import org.entente.domain.access.ApiKeyToken;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;

/**
 * API keys with their look-up by token cached: every request presents its token, and keys change
 * rarely. A revocation empties the cache, so it takes effect at once on this server; another server
 * notices it within {@link #TIME_TO_LIVE}. Expiry is judged on every request from the cached key,
 * so it is never late.
 */
public final class CachedApiKeys implements ApiKeys {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

  private final ApiKeys apiKeys;

  /** By the token's digest, so that no token is held in memory longer than its request. */
  private final Cache<String, Optional<ApiKey>> byDigest =
      Caffeine.newBuilder().expireAfterWrite(TIME_TO_LIVE).maximumSize(10_000).build();

  private CachedApiKeys(ApiKeys apiKeys) {
    this.apiKeys = apiKeys;
  }

  public static ApiKeys over(ApiKeys apiKeys) {
    return new CachedApiKeys(apiKeys);
  }

  @Override
  public Created create(String name, Role role, Instant expiresAt) {
    return apiKeys.create(name, role, expiresAt);
  }

  @Override
  public Optional<ApiKey> byToken(ApiKeyToken token) {
    return byDigest.get(token.digest(), digest -> apiKeys.byToken(token));
  }

  @Override
  public List<ApiKey> list() {
    return apiKeys.list();
  }

  @Override
  public ApiKey revoke(ApiKeyId id) {
    ApiKey revoked = apiKeys.revoke(id);
    byDigest.invalidateAll();
    return revoked;
  }
}
