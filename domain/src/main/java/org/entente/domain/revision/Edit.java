package org.entente.domain.revision;

import java.util.Objects;

/**
 * One change to the record as a client asked for it: who asks, and, when the client wants a retry
 * to be safe, its idempotency key with the operation it names and a digest of the request.
 */
public record Edit(String actor, String idempotencyKey, String operation, String requestDigest) {

  public static final int MAX_KEY_LENGTH = 200;

  public Edit {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(operation, "operation");
    if (idempotencyKey != null) {
      if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
        throw new IllegalArgumentException(
            "an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
      }
      Objects.requireNonNull(requestDigest, "requestDigest");
    }
  }

  public static Edit by(String actor, String operation) {
    return new Edit(actor, null, operation, null);
  }
}
