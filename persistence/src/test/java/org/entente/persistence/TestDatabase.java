package org.entente.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of the test run's own on the local PostgreSQL server, created on first use and dropped
 * when the JVM exits. The server and credentials come from the same environment variables as the
 * application's ({@code DATABASE_URL}'s server, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}).
 */
public final class TestDatabase {

  private static TestDatabase shared;

  private final String server;
  private final String name;
  private final String user;
  private final String password;
  private boolean migrated;

  private TestDatabase(String server, String name, String user, String password) {
    this.server = server;
    this.name = name;
    this.user = user;
    this.password = password;
  }

  /** The run's database, empty: an application under test migrates it itself. */
  public static synchronized TestDatabase shared() {
    if (shared == null) {
      shared = fresh();
    }
    return shared;
  }

  /**
   * Another database of the run's own, empty, for a test that needs a record of its own (a second
   * instance to import into, say); dropped by {@link #drop()}, or when the JVM exits.
   */
  public static TestDatabase fresh() {
    TestDatabase database =
        new TestDatabase(
            server(),
            newName(),
            env("DATABASE_USER", "postgres"),
            env("DATABASE_PASSWORD", "postgres"));
    database.execute("create database " + database.name);
    Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
    return database;
  }

  /**
   * Another database of the run's own, empty, owned by {@code role} and used as it: a role that may
   * create a database's objects but is no superuser, as a managed PostgreSQL hands out. The role
   * must exist; the database is dropped by {@link #drop()}, or when the JVM exits.
   */
  public static TestDatabase freshOwnedBy(String role, String password) {
    TestDatabase owner = fresh();
    TestDatabase database = new TestDatabase(owner.server, owner.name, role, password);
    owner.execute("alter database " + owner.name + " owner to " + role);
    return database;
  }

  private static String server() {
    String url = env("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/entente");
    return url.replaceFirst("(jdbc:postgresql://[^/]*/).*", "$1");
  }

  private static String newName() {
    return "entente_test_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  /** Drops the database, ending the connections still open to it. */
  public void drop() {
    execute("drop database if exists " + name + " with (force)");
  }

  private static String env(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "' on " + server, e);
    }
  }

  public String url() {
    return server + name;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** A jOOQ context on the database, migrated by Liquibase with the project's changelogs. */
  public synchronized DSLContext migrated() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    dataSource.setUser(user);
    dataSource.setPassword(password);
    if (!migrated) {
      try (Connection connection = dataSource.getConnection()) {
        Database database =
            DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        new Liquibase(
                "db/changelog/db.changelog-master.yaml",
                new ClassLoaderResourceAccessor(),
                database)
            .update("");
      } catch (Exception e) {
        throw new IllegalStateException("could not migrate " + name, e);
      }
      migrated = true;
    }
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }
}
