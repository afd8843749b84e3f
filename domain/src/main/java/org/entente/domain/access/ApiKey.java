package org.entente.domain.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.entente.domain.RuleViolation;

/**
 * A key a client presents to the API. Its name is what the audit trail records for the client's
 * writes; its token is not part of it, since only the token's digest is kept.
 */
public record ApiKey(
    ApiKeyId id, String name, Role role, Instant createdAt, Instant expiresAt, Instant revokedAt) {

  public static final int MAX_NAME_LENGTH = 100;

  /** The names the audit trail already uses for writes that no key made. */
  private static final Set<String> RESERVED_NAMES = Set.of("anonymous", "system");

  public ApiKey {
    Objects.requireNonNull(id, "id");
    name = validName(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a key expires after it is created, not at " + expiresAt);
    }
    if (revokedAt != null && revokedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a key cannot be revoked before it is created");
    }
  }

  /**
   * The name, stripped, if a key may have it; refused with INVALID_INPUT at "name" when blank, too
   * long, with control characters (which would forge lines in logs), or reserved.
   */
  public static String validName(String name) {
    if (name == null || name.isBlank()) {
      throw invalidName("a key needs a name");
    }
    String stripped = name.strip();
    if (stripped.length() > MAX_NAME_LENGTH) {
      throw invalidName("a key's name has at most " + MAX_NAME_LENGTH + " characters");
    }
    if (stripped.chars().anyMatch(Character::isISOControl)) {
      throw invalidName("a key's name has no control characters");
    }
    if (RESERVED_NAMES.contains(stripped.toLowerCase(Locale.ROOT))) {
      throw invalidName(
          "'" + stripped + "' is what the audit trail records for writes without a key");
    }
    return stripped;
  }

  private static RuleViolation invalidName(String message) {
    return new RuleViolation("INVALID_INPUT", message).at("name");
  }

  /** Refuses, with EXPIRY_IN_PAST at "expiresAt", an expiry that is not after {@code now}. */
  public static void requireFutureExpiry(Instant expiresAt, Instant now) {
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new RuleViolation(
              "EXPIRY_IN_PAST", "a new key must expire in the future, not at " + expiresAt)
          .at("expiresAt");
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** True when the key opens the API at {@code now}: neither revoked nor expired. */
  public boolean isActiveAt(Instant now) {
    return !isRevoked() && !isExpiredAt(now);
  }
}
