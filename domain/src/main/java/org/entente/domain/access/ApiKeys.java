package org.entente.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every API key ever created, revoked ones included. */
public interface ApiKeys {

  /** A key just created, with its token: the only time the token is known. */
  record Created(ApiKey apiKey, ApiKeyToken token) {}

  /**
   * Creates a key with a new token; {@code expiresAt} may be null for a key that does not expire.
   * Refused, writing nothing, as {@link ApiKey#validName} refuses a name, with DUPLICATE at "name",
   * or with EXPIRY_IN_PAST at "expiresAt".
   */
  Created create(String name, Role role, Instant expiresAt);

  /** The key the token belongs to, whether or not it is still active. */
  Optional<ApiKey> byToken(ApiKeyToken token);

  /** In the order of creation. */
  List<ApiKey> list();

  /**
   * Revokes the key from now on; revoking it again keeps the first revocation. Refused with
   * NOT_FOUND at "id" when there is no such key.
   */
  ApiKey revoke(ApiKeyId id);
}
