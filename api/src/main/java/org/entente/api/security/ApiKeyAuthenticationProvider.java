package org.entente.api.security;

import java.time.Instant;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyToken;
import org.entente.domain.access.ApiKeys;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;

/**
 * Verifies a presented token against the keys on record. The answer says whether the key is
 * unknown, revoked or expired: the client holds the token already, so this tells it nothing new.
 */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

  private final ApiKeys apiKeys;

  ApiKeyAuthenticationProvider(ApiKeys apiKeys) {
    this.apiKeys = apiKeys;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    ApiKey key =
        ApiKeyToken.parse((String) authentication.getCredentials())
            .flatMap(apiKeys::byToken)
            .orElseThrow(() -> new BadCredentialsException("The API key is not known"));
    if (key.isRevoked()) {
      throw new DisabledException("The API key was revoked at " + key.revokedAt());
    }
    if (key.isExpiredAt(Instant.now())) {
      throw new CredentialsExpiredException("The API key expired at " + key.expiresAt());
    }
    return ApiKeyAuthentication.verified(key);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return ApiKeyAuthentication.class.isAssignableFrom(authentication);
  }
}
