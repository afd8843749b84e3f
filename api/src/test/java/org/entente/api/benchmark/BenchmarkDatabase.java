package org.entente.api.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The benchmark's database {@code entente_bench_s<scale>} on the local PostgreSQL server (the
 * server and credentials of {@code DATABASE_URL}, {@code DATABASE_USER} and {@code
 * DATABASE_PASSWORD}, as for the application): created when missing, migrated with the project's
 * Liquibase changelogs, and filled with {@link BenchmarkData} unless it already holds that scale.
 * It is kept between runs, so a second run skips the load.
 */
record BenchmarkDatabase(String url, String user, String password) {

  /** The database of this scale, created, migrated and loaded as needed. */
  static BenchmarkDatabase prepare(int scale) throws Exception {
    String server =
        env("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/entente")
            .replaceFirst("(jdbc:postgresql://[^/]*/).*", "$1");
    BenchmarkDatabase database =
        new BenchmarkDatabase(
            server + "entente_bench_s" + scale,
            env("DATABASE_USER", "postgres"),
            env("DATABASE_PASSWORD", "postgres"));
    database.create(server);
    try (Connection connection = database.connect()) {
      migrate(connection);
      if (BenchmarkData.isLoaded(connection, scale)) {
        System.out.printf("Data of scale %d already loaded in %s%n", scale, database.url());
      } else {
        long start = System.nanoTime();
        BenchmarkData.load(connection, scale);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(
            "Loaded data of scale %d into %s in %.1f s%n",
            scale, database.url(), took.toMillis() / 1000.0);
      }
    }
    return database;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private void create(String server) throws SQLException {
    String name = url.substring(server.length());
    try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, name);
      try (ResultSet row = exists.executeQuery()) {
        if (!row.next()) {
          connection.createStatement().execute("create database " + name);
        }
      }
    }
  }

  private static void migrate(Connection connection) throws Exception {
    Logger.getLogger("liquibase").setLevel(Level.WARNING);
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    new Liquibase(
            "db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)
        .update("");
  }

  private static String env(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }
}
