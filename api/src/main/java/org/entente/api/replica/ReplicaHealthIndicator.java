package org.entente.api.replica;

import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replica: DOWN while it gives no connection, otherwise UP with whether it is still a standby,
 * whether its replay is paused, and how far it trails the primary. It is not part of readiness:
 * while the replica is down, queries read from the primary and the server can still serve them.
 */
final class ReplicaHealthIndicator extends AbstractHealthIndicator {

  private final ReplicaRoutingDataSource routing;
  private final JdbcTemplate replica;
  private final JdbcTemplate primary;

  ReplicaHealthIndicator(ReplicaRoutingDataSource routing) {
    super("the read replica could not be checked");
    this.routing = routing;
    this.replica = new JdbcTemplate(routing.replica());
    this.primary = new JdbcTemplate(routing.primary());
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    Map<String, Object> standby =
        replica.queryForMap(
            "select pg_is_in_recovery() as in_recovery,"
                + " case when pg_is_in_recovery() then pg_is_wal_replay_paused() end as paused,"
                + " pg_last_wal_replay_lsn()::text as replayed,"
                + " pg_last_xact_replay_timestamp() as replayed_commit");
    health
        .up()
        .withDetail("inRecovery", standby.get("in_recovery"))
        .withDetail(
            "queriesReadFrom",
            routing.fallingBackUntil().map(until -> "primary until " + until).orElse("replica"));
    if (standby.get("paused") != null) {
      health.withDetail("replayPaused", standby.get("paused"));
    }
    if (standby.get("replayed_commit") != null) {
      health.withDetail("lastReplayedCommit", standby.get("replayed_commit").toString());
    }
    if (standby.get("replayed") != null) {
      try {
        health.withDetail(
            "replayLagBytes",
            primary.queryForObject(
                "select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint",
                Long.class,
                standby.get("replayed")));
      } catch (RuntimeException primaryUnreachable) {
        // The primary's own health says so; the replica's stays about the replica.
      }
    }
  }
}
