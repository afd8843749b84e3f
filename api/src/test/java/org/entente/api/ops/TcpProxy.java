package org.entente.api.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to PostgreSQL that a test can cut and restore, so that the application loses its
 * database the way it would in an outage — connections reset, new ones refused — without stopping
 * the server every other test uses.
 */
final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
    restore();
  }

  int port() {
    return port;
  }

  /** Refuses new connections and resets the open ones. */
  synchronized void cut() throws IOException {
    listener.close();
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  /** Accepts connections again, on the same port. */
  synchronized void restore() throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress("127.0.0.1", port));
    listener = server;
    daemon(() -> accept(server));
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket database = new Socket("127.0.0.1", targetPort);
        open.add(client);
        open.add(database);
        relay(client, database);
        relay(database, client);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void relay(Socket from, Socket to) {
    daemon(
        () -> {
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
          } catch (IOException reset) {
            // One side went away; closing both ends tells the other side too.
          } finally {
            close(from);
            close(to);
          }
        });
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "tcp-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
