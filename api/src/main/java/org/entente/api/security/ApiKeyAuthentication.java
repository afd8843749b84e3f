package org.entente.api.security;

import java.util.List;
import java.util.Optional;
import org.entente.domain.access.ApiKey;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request's API key: first the token as presented, then the key it was verified to be. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

  private String token;
  private final ApiKey apiKey;

  private ApiKeyAuthentication(String token) {
    super(List.of());
    this.token = token;
    this.apiKey = null;
  }

  private ApiKeyAuthentication(ApiKey apiKey) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + apiKey.role().name())));
    this.token = null;
    this.apiKey = apiKey;
    setAuthenticated(true);
  }

  static ApiKeyAuthentication presented(String token) {
    return new ApiKeyAuthentication(token);
  }

  static ApiKeyAuthentication verified(ApiKey apiKey) {
    return new ApiKeyAuthentication(apiKey);
  }

  /** The verified key; empty while it is only presented. */
  Optional<ApiKey> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  @Override
  public String getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return apiKey;
  }

  @Override
  public String getName() {
    return apiKey == null ? "" : apiKey.name();
  }

  @Override
  public void eraseCredentials() {
    super.eraseCredentials();
    token = null;
  }
}
