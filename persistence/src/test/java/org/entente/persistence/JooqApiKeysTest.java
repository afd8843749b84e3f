package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.persistence.jooq.Tables.API_KEY;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.RuleViolation;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyId;
import org.entente.domain.access.ApiKeyToken;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

class JooqApiKeysTest {

  private final DSLContext db = TestDatabase.shared().migrated();
  private final ApiKeys apiKeys = JooqPorts.apiKeys(db);

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID();
  }

  @Test
  void aCreatedKey_isFoundByItsToken() {
    Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    ApiKeys.Created created = apiKeys.create(unique("news-desk"), Role.EDITOR, expiry);

    ApiKey found = apiKeys.byToken(created.token()).orElseThrow();
    assertThat(found).isEqualTo(created.apiKey());
    assertThat(found.role()).isEqualTo(Role.EDITOR);
    assertThat(found.expiresAt()).isEqualTo(expiry);
    assertThat(found.isActiveAt(Instant.now())).isTrue();
  }

  @Test
  void onlyTheTokensDigest_isStored() {
    ApiKeys.Created created = apiKeys.create(unique("think-tank"), Role.READER, null);

    Record row =
        db.selectFrom(API_KEY).where(API_KEY.ID.eq(created.apiKey().id().value())).fetchSingle();
    assertThat(row.get(API_KEY.TOKEN_HASH)).isEqualTo(created.token().digest()).hasSize(64);
    assertThat(row.intoList())
        .noneMatch(value -> String.valueOf(value).contains(created.token().value().substring(4)));
  }

  @Test
  void anotherToken_findsNoKey() {
    apiKeys.create(unique("ministry"), Role.READER, null);
    assertThat(apiKeys.byToken(ApiKeyToken.generate())).isEmpty();
  }

  @Test
  void aDuplicateName_isRefusedAndWritesNothing() {
    String name = unique("duplicate");
    apiKeys.create(name, Role.READER, null);
    int before = db.fetchCount(API_KEY);

    assertRefused(() -> apiKeys.create(" " + name + " ", Role.ADMIN, null), "DUPLICATE");
    assertThat(db.fetchCount(API_KEY)).isEqualTo(before);
  }

  @Test
  void anExpiryInThePast_isRefusedAndWritesNothing() {
    int before = db.fetchCount(API_KEY);
    assertRefused(
        () -> apiKeys.create(unique("late"), Role.READER, Instant.now().minusSeconds(1)),
        "EXPIRY_IN_PAST");
    assertRefused(() -> apiKeys.create("  ", Role.READER, null), "INVALID_INPUT");
    assertThat(db.fetchCount(API_KEY)).isEqualTo(before);
  }

  @Test
  void aRevokedKey_keepsItsFirstRevocation() throws InterruptedException {
    ApiKeys.Created created = apiKeys.create(unique("leaked"), Role.ADMIN, null);

    ApiKey revoked = apiKeys.revoke(created.apiKey().id());
    Thread.sleep(5);
    ApiKey revokedAgain = apiKeys.revoke(created.apiKey().id());

    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revokedAgain.revokedAt()).isEqualTo(revoked.revokedAt());
    assertThat(apiKeys.byToken(created.token()).orElseThrow().isActiveAt(Instant.now())).isFalse();
  }

  @Test
  void revokingAnUnknownKey_isRefused() {
    assertRefused(() -> apiKeys.revoke(new ApiKeyId(Long.MAX_VALUE)), "NOT_FOUND");
  }

  @Test
  void theList_isInTheOrderOfCreation() {
    ApiKey first = apiKeys.create(unique("first"), Role.READER, null).apiKey();
    ApiKey second = apiKeys.create(unique("second"), Role.READER, null).apiKey();
    assertThat(apiKeys.list()).containsSubsequence(first, second);
  }

  private static void assertRefused(ThrowingCallable write, String code) {
    assertThatThrownBy(write)
        .isInstanceOfSatisfying(
            RuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(code));
  }
}
