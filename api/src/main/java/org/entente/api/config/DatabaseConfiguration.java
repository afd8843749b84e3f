package org.entente.api.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool, created after making sure its database exists: the quick start needs no
 * manual SQL, so a missing database is created on first start, on the same server.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(.*)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(DataSourceProperties properties) throws SQLException {
    ensureDatabaseExists(
        properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
    return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
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
