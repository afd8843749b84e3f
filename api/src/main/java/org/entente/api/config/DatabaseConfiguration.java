package org.entente.api.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.entente.api.replica.ReplicaConfigured;
import org.entente.api.replica.ReplicaRoutingDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The connection pool, created after making sure its database exists: the quick start needs no
 * manual SQL, so a missing database is created on first start, on the same server. With a read
 * replica configured, a second pool on the replica, and a data source that gives GraphQL queries
 * connections from it and everything else connections from the primary.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(.*)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** How long a replica that gave no connection is left alone before queries try it again. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  /** How long a query waits for a replica connection before it reads from the primary instead. */
  private static final Duration REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(1);

  @Bean
  DataSource dataSource(DataSourceProperties properties, Environment environment)
      throws SQLException {
    ensureDatabaseExists(
        properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
    Binder settings = Binder.get(environment);
    HikariDataSource primary =
        properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    settings.bind("spring.datasource.hikari", Bindable.ofInstance(primary));
    if (!ReplicaConfigured.in(environment)) {
      return primary;
    }
    HikariDataSource replica =
        DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .url(environment.getRequiredProperty(ReplicaConfigured.URL))
            .username(environment.getProperty("entente.replica.username", primary.getUsername()))
            .password(environment.getProperty("entente.replica.password", primary.getPassword()))
            .build();
    // The primary's pool settings (its size, the statement timeout) hold for the replica too...
    settings.bind("spring.datasource.hikari", Bindable.ofInstance(replica));
    replica.setPoolName("replica");
    // ...but a lost replica must cost a query a short wait, and never stop the server's start.
    replica.setConnectionTimeout(REPLICA_CONNECTION_TIMEOUT.toMillis());
    replica.setInitializationFailTimeout(-1);
    // A replica URL that points at a primary by mistake still never takes a write.
    replica.setReadOnly(true);
    replica.addDataSourceProperty("readOnlyMode", "always");
    settings.bind("entente.replica.hikari", Bindable.ofInstance(replica));
    return new ReplicaRoutingDataSource(
        primary,
        replica,
        settings.bind("entente.replica.retry-after", Duration.class).orElse(RETRY_AFTER));
  }

  static void ensureDatabaseExists(String url, String user, String password) throws SQLException {
    Matcher parts = URL.matcher(url);
    if (!parts.matches() || !NAME.matcher(parts.group(2)).matches()) {
      return; // Not a plain PostgreSQL URL we can reason about: leave it to the driver to report.
    }
    String database = parts.group(2);
    String maintenance = parts.group(1) + "postgres" + parts.group(3);
    try (Connection connection = DriverManager.getConnection(maintenance, user, password);
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
      log.info("Database {} does not exist yet; creating it", database);
      try (var create = connection.createStatement()) {
        create.execute("create database \"" + database + "\"");
      } catch (SQLException raced) {
        // Another instance may have created it at the same moment; that is fine.
        if (!"42P04".equals(raced.getSQLState())) {
          throw raced;
        }
      }
    }
  }
}
