package org.entente.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.entente.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private static ApiKey key(Instant expiresAt, Instant revokedAt) {
    return new ApiKey(new ApiKeyId(1), "news-desk", Role.READER, CREATED, expiresAt, revokedAt);
  }

  @Test
  void aKeyWithoutExpiryOrRevocation_staysActive() {
    assertThat(key(null, null).isActiveAt(CREATED.plus(Duration.ofDays(10_000)))).isTrue();
  }

  @Test
  void aKey_expiresAtItsExpiryInstant() {
    Instant expiry = CREATED.plus(Duration.ofDays(30));
    ApiKey key = key(expiry, null);
    assertThat(key.isActiveAt(expiry.minusMillis(1))).isTrue();
    assertThat(key.isActiveAt(expiry)).isFalse();
    assertThat(key.isExpiredAt(expiry)).isTrue();
  }

  @Test
  void aRevokedKey_isNeverActive() {
    ApiKey key = key(null, CREATED.plusSeconds(60));
    assertThat(key.isRevoked()).isTrue();
    assertThat(key.isActiveAt(CREATED.plusSeconds(61))).isFalse();
  }

  @Test
  void aName_isStripped() {
    assertThat(ApiKey.validName("  news-desk ")).isEqualTo("news-desk");
  }

  @Test
  void blankLongControlAndReservedNames_areRefusedAsInvalidNames() {
    assertRefused(" ", "needs a name");
    assertRefused(null, "needs a name");
    assertRefused("x".repeat(ApiKey.MAX_NAME_LENGTH + 1), "at most 100");
    assertRefused("news\ndesk", "control characters");
    assertRefused("System", "audit trail");
    assertRefused("anonymous", "audit trail");
    assertThat(ApiKey.validName("x".repeat(ApiKey.MAX_NAME_LENGTH))).hasSize(100);
  }

  private static void assertRefused(String name, String why) {
    assertThatThrownBy(() -> ApiKey.validName(name))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("INVALID_INPUT");
              assertThat(violation.path()).containsExactly("name");
              assertThat(violation.getMessage()).contains(why);
            });
  }

  @Test
  void anExpiryNotInTheFuture_isRefused() {
    assertThatThrownBy(() -> ApiKey.requireFutureExpiry(CREATED, CREATED))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("EXPIRY_IN_PAST");
              assertThat(violation.path()).containsExactly("expiresAt");
            });
    ApiKey.requireFutureExpiry(CREATED.plusSeconds(1), CREATED);
    ApiKey.requireFutureExpiry(null, CREATED);
  }

  @Test
  void aKey_cannotExpireBeforeItIsCreated() {
    assertThatThrownBy(() -> key(CREATED.minusSeconds(1), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
