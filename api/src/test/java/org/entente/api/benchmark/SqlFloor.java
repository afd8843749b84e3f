package org.entente.api.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The floor: each question's data fetched by its one hand-written SQL statement over plain JDBC,
 * from a fixed pool of connections, with nothing between the driver and the result.
 */
final class SqlFloor implements AutoCloseable {

  private final BlockingQueue<Connection> pool;

  SqlFloor(BenchmarkDatabase database, int connections) throws SQLException {
    pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      pool.add(database.connect());
    }
  }

  /** The statement's one value, the data as JSON text; throws when there is none. */
  String fetch(BenchmarkQuery query) throws SQLException, InterruptedException {
    Connection connection = pool.take();
    try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
      for (int i = 0; i < query.parameters().size(); i++) {
        statement.setObject(i + 1, query.parameters().get(i));
      }
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next() || row.getString(1) == null) {
          throw new IllegalStateException(query.name() + ": the SQL floor found nothing");
        }
        return row.getString(1);
      }
    } finally {
      pool.put(connection);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection connection : pool) {
      connection.close();
    }
  }
}
