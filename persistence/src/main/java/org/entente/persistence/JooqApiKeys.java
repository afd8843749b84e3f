package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.API_KEY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.entente.domain.RuleViolation;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyId;
import org.entente.domain.access.ApiKeyToken;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.jooq.DSLContext;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** API keys in PostgreSQL; a token is kept only as its SHA-256 digest. */
final class JooqApiKeys implements ApiKeys {

  private static final SelectField<ApiKey> API_KEY_ROW =
      DSL.row(
              API_KEY.ID,
              API_KEY.NAME,
              API_KEY.ROLE,
              API_KEY.CREATED_AT,
              API_KEY.EXPIRES_AT,
              API_KEY.REVOKED_AT)
          .mapping(
              (id, name, role, created, expires, revoked) ->
                  new ApiKey(
                      new ApiKeyId(id),
                      name,
                      Role.valueOf(role),
                      created.toInstant(),
                      instant(expires),
                      instant(revoked)));

  private final DSLContext db;

  JooqApiKeys(DSLContext db) {
    this.db = db;
  }

  @Override
  public Created create(String name, Role role, Instant expiresAt) {
    String validName = ApiKey.validName(name);
    if (role == null) {
      throw new IllegalArgumentException("a key needs a role");
    }
    ApiKey.requireFutureExpiry(expiresAt, Instant.now());
    ApiKeyToken token = ApiKeyToken.generate();
    // The unique name decides between two concurrent creations, not a check before the insert.
    Optional<ApiKey> created =
        db.insertInto(API_KEY)
            .set(API_KEY.NAME, validName)
            .set(API_KEY.ROLE, role.name())
            .set(API_KEY.TOKEN_HASH, token.digest())
            .set(API_KEY.EXPIRES_AT, offset(expiresAt))
            .onConflict(API_KEY.NAME)
            .doNothing()
            .returningResult(API_KEY_ROW)
            .fetchOptional(record -> record.value1());
    return new Created(
        created.orElseThrow(
            () ->
                new RuleViolation("DUPLICATE", "there is already a key named '" + validName + "'")
                    .at("name")),
        token);
  }

  @Override
  public Optional<ApiKey> byToken(ApiKeyToken token) {
    return db.select(API_KEY_ROW)
        .from(API_KEY)
        .where(API_KEY.TOKEN_HASH.eq(token.digest()))
        .fetchOptional(record -> record.value1());
  }

  @Override
  public List<ApiKey> list() {
    return db.select(API_KEY_ROW)
        .from(API_KEY)
        .orderBy(API_KEY.ID)
        .fetch(record -> record.value1());
  }

  @Override
  public ApiKey revoke(ApiKeyId id) {
    return db.update(API_KEY)
        // The database's clock, the one that set created_at, so a revocation never precedes it.
        .set(API_KEY.REVOKED_AT, DSL.coalesce(API_KEY.REVOKED_AT, DSL.currentOffsetDateTime()))
        .where(API_KEY.ID.eq(id.value()))
        .returningResult(API_KEY_ROW)
        .fetchOptional(record -> record.value1())
        .orElseThrow(
            () -> new RuleViolation("NOT_FOUND", "there is no key " + id.value()).at("id"));
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
