package org.entente.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.entente.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** A first start needs no manual SQL: the application creates its missing database. */
class DatabaseCreationTest {

  @Test
  void aMissingDatabase_isCreated_andAnExistingOneIsLeftAlone() throws Exception {
    TestDatabase server = TestDatabase.shared();
    String name = "entente_created_" + UUID.randomUUID().toString().substring(0, 8);
    String url = server.url().replaceFirst("/[^/]+$", "/" + name);
    try {
      DatabaseConfiguration.ensureDatabaseExists(url, server.user(), server.password());
      DatabaseConfiguration.ensureDatabaseExists(url, server.user(), server.password());
      try (Connection connection =
          DriverManager.getConnection(url, server.user(), server.password())) {
        assertThat(connection.getCatalog()).isEqualTo(name);
      }
    } finally {
      try (Connection admin =
              DriverManager.getConnection(server.url(), server.user(), server.password());
          var drop = admin.createStatement()) {
        drop.execute("drop database if exists " + name + " with (force)");
      }
    }
  }
}
