package org.entente.api.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a replica is configured: a connection from the replica's pool
 * while a GraphQL query reads ({@link ReplicaReads}), from the primary's otherwise. When the
 * replica gives no connection within its pool's connection timeout, reads go to the primary for
 * {@code retryAfter} before the replica is tried again, so a lost replica costs one short wait, not
 * one per statement.
 *
 * <p>It is a plain delegate of the primary to everything that inspects it (Spring Boot's database
 * health, pool metrics and metadata unwrap to the primary's pool), and deliberately not an {@code
 * AbstractRoutingDataSource}, whose every target Spring Boot would make part of the {@code db}
 * health and so of readiness.
 */
public final class ReplicaRoutingDataSource extends DelegatingDataSource implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReplicaRoutingDataSource.class);

  private final HikariDataSource primary;
  private final HikariDataSource replica;
  private final Duration retryAfter;
  private final Clock clock;
  private volatile Instant primaryUntil = Instant.MIN;

  public ReplicaRoutingDataSource(
      HikariDataSource primary, HikariDataSource replica, Duration retryAfter) {
    this(primary, replica, retryAfter, Clock.systemUTC());
  }

  ReplicaRoutingDataSource(
      HikariDataSource primary, HikariDataSource replica, Duration retryAfter, Clock clock) {
    super(primary);
    this.primary = primary;
    this.replica = replica;
    this.retryAfter = retryAfter;
    this.clock = clock;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (ReplicaReads.allowed() && clock.instant().isAfter(primaryUntil)) {
      try {
        return replica.getConnection();
      } catch (SQLException unreachable) {
        primaryUntil = clock.instant().plus(retryAfter);
        log.warn(
            "The read replica gave no connection ({}); queries read from the primary for {}",
            unreachable.getMessage(),
            retryAfter);
      }
    }
    return primary.getConnection();
  }

  HikariDataSource primary() {
    return primary;
  }

  HikariDataSource replica() {
    return replica;
  }

  /** Until when queries read from the primary because the replica gave no connection. */
  Optional<Instant> fallingBackUntil() {
    Instant until = primaryUntil;
    return clock.instant().isAfter(until) ? Optional.empty() : Optional.of(until);
  }

  @Override
  public void close() {
    try (primary) {
      replica.close();
    }
  }
}
