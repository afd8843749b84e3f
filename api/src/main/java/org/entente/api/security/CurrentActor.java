package org.entente.api.security;

import java.util.Optional;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking: the name the audit trail records for a write, and the role it may act in. Read
 * from the request's security context, which Spring for GraphQL carries into every data fetcher,
 * whatever thread it runs on.
 */
@Component
public class CurrentActor {

  public static final String ANONYMOUS = "anonymous";

  /** The API key's name, or {@value #ANONYMOUS} for a request without a key. */
  public String name() {
    return apiKey().map(ApiKey::name).orElse(ANONYMOUS);
  }

  /** The API key's role; empty for a request without a key. */
  public Optional<Role> role() {
    return apiKey().map(ApiKey::role);
  }

  private static Optional<ApiKey> apiKey() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof ApiKeyAuthentication key ? key.apiKey() : Optional.empty();
  }
}
