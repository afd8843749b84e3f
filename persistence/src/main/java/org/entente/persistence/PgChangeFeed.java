package org.entente.persistence;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entente.domain.revision.Change;
import org.entente.domain.revision.ChangeFeed;
import org.entente.domain.revision.Committed;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The record's changes from PostgreSQL's {@code entente_changes} channel, which the audit trigger
 * notifies as each transaction commits. One connection of its own listens, and is opened again
 * after the database has been away.
 */
final class PgChangeFeed implements ChangeFeed {

  static final String CHANNEL = "entente_changes";
  private static final Logger LOG = Logger.getLogger(PgChangeFeed.class.getName());
  private static final int POLL_MILLIS = 500;
  private static final long RETRY_MILLIS = 1_000;

  private final Callable<Connection> connect;

  PgChangeFeed(Callable<Connection> connect) {
    this.connect = connect;
  }

  @Override
  public AutoCloseable listen(Consumer<Committed> listener) {
    Listening listening = new Listening(listener);
    Thread thread = new Thread(listening, "entente-change-feed");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      listening.running = false;
      thread.interrupt();
      thread.join(5 * POLL_MILLIS);
    };
  }

  /**
   * subject|subject id|table|operation|row id|transaction, as the trigger writes it. Any role may
   * notify on the channel: anything else is passed over, never taken for a lost database.
   */
  static Optional<Committed> parse(String payload) {
    String[] parts = payload.split("\\|", -1);
    try {
      if (parts.length == 6) {
        return Optional.of(
            new Committed(
                parts[0],
                Long.parseLong(parts[1]),
                parts[2],
                Change.Operation.valueOf(parts[3]),
                parts[4].isEmpty() ? null : Long.valueOf(parts[4]),
                Long.parseLong(parts[5])));
      }
    } catch (IllegalArgumentException unreadable) {
      // Passed over below, as a payload of the wrong shape is.
    }
    LOG.warning(() -> "the change feed passed over an announcement it cannot read: " + payload);
    return Optional.empty();
  }

  private final class Listening implements Runnable {
    private final Consumer<Committed> listener;
    private volatile boolean running = true;

    Listening(Consumer<Committed> listener) {
      this.listener = listener;
    }

    @Override
    public void run() {
      while (running) {
        try (Connection connection = connect.call()) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
          }
          PGConnection postgres = connection.unwrap(PGConnection.class);
          while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null) {
              for (PGNotification notification : notifications) {
                parse(notification.getParameter()).ifPresent(listener);
              }
            }
          }
        } catch (Exception lost) {
          if (running) {
            LOG.log(Level.WARNING, "the change feed lost the database; listening again", lost);
            pause();
          }
        }
      }
    }

    private void pause() {
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException stopped) {
        running = false;
      }
    }
  }
}
