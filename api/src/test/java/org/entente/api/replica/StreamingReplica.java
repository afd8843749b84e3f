package org.entente.api.replica;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.persistence.TestDatabase;

/**
 * A streaming replica of the local PostgreSQL server that the tests use: {@code pg_basebackup -R}
 * of the whole server into a temporary directory, started with {@code pg_ctl} on a free port of
 * 127.0.0.1 and streaming from the primary. {@link #close()} stops it and deletes its directory; a
 * JVM shutdown hook does the same if a test run ends without closing it, and the next run removes
 * what a killed run left behind.
 *
 * <p>PostgreSQL refuses to run as root, so as root the server's tools run as {@code postgres}.
 * Replication connections from 127.0.0.1 must be allowed in the primary's {@code pg_hba.conf}: when
 * they are not, a rule with the authentication method of the server's other 127.0.0.1 connections
 * is added and the configuration reloaded ({@code .ci/run} does the same).
 */
public final class StreamingReplica implements AutoCloseable {

  private static final String PREFIX = "entente-replica-";
  private static final Pattern ADDRESS =
      Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*");
  private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final TestDatabase server;
  private final Path bin;
  private final Path directory;
  private final int port;
  private final Thread cleanUp;
  private volatile boolean running;
  private volatile boolean promoted;

  private StreamingReplica(TestDatabase server, Path bin, Path directory, int port) {
    this.server = server;
    this.bin = bin;
    this.directory = directory;
    this.port = port;
    this.cleanUp = new Thread(this::removeQuietly, "remove " + directory.getFileName());
  }

  /** Makes a replica of the server of the test run's database and waits until it streams. */
  public static StreamingReplica start() throws Exception {
    TestDatabase server = TestDatabase.shared();
    removeLeftovers(server);
    Path bin = binaries(server);
    allowReplication(server);
    Path directory = Files.createTempDirectory(PREFIX);
    Files.writeString(directory.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
    StreamingReplica replica = new StreamingReplica(server, bin, directory, freePort());
    Runtime.getRuntime().addShutdownHook(replica.cleanUp);
    try {
      replica.backUp();
      replica.start(true);
      return replica;
    } catch (Exception | AssertionError failed) {
      replica.close();
      throw failed;
    }
  }

  /** The URL of the test run's database on the replica. */
  public String url() {
    return server.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
  }

  /** Stops applying the primary's changes; the replica still answers, as of the moment it stops. */
  void pauseReplay() throws SQLException {
    onReplica("select pg_wal_replay_pause()");
    await(
        "replay to pause",
        () -> "paused".equals(onReplica("select pg_get_wal_replay_pause_state()")));
  }

  void resumeReplay() throws SQLException {
    onReplica("select pg_wal_replay_resume()");
  }

  /**
   * Waits until the replica has applied everything the primary had written when this was called.
   */
  void awaitCaughtUp() throws SQLException {
    String written = onPrimary("select pg_current_wal_lsn()::text");
    await(
        "the replica to replay up to " + written,
        () ->
            "t".equals(onReplica("select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn")));
  }

  /** Shuts the replica down, as a lost standby would be. */
  public void stop() throws Exception {
    run(List.of(pgCtl(), "-D", data().toString(), "-m", "fast", "-w", "stop"));
    running = false;
  }

  /**
   * Makes the replica a server of its own that no longer follows the primary: a PostgreSQL server
   * of the test's own, with the primary's data, that it may stop and start as it likes.
   */
  public void promote() throws Exception {
    run(List.of(pgCtl(), "-D", data().toString(), "-w", "promote"));
    promoted = true;
    await(
        "the promoted replica to take writes",
        () -> "f".equals(onReplica("select pg_is_in_recovery()")));
  }

  /** Starts the replica again after {@link #stop()}; it resumes streaming from where it was. */
  public void restart() throws Exception {
    start(false);
  }

  @Override
  public void close() {
    removeQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanUp);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: nothing left to remove.
    }
  }

  private void backUp() throws Exception {
    handOver(directory);
    run(
        List.of(
            bin.resolve("pg_basebackup").toString(),
            "--host=" + primaryAddress()[0],
            "--port=" + primaryAddress()[1],
            "--username=" + server.user(),
            "--pgdata=" + data(),
            "--write-recovery-conf",
            "--wal-method=stream",
            "--checkpoint=fast",
            "--no-sync"));
    // Debian keeps the server's configuration outside its data directory: the replica gets its own.
    write(
        data().resolve("postgresql.conf"),
        "port = "
            + port
            + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '"
            + directory
            + "'\nhot_standby = on\nshared_buffers = 32MB\nfsync = off\n"
            + mustMatchThePrimary());
    write(data().resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
  }

  /** A hot standby refuses to start with fewer of these than its primary has. */
  private String mustMatchThePrimary() throws SQLException {
    StringBuilder settings = new StringBuilder();
    for (String name :
        List.of(
            "max_connections",
            "max_worker_processes",
            "max_wal_senders",
            "max_prepared_transactions",
            "max_locks_per_transaction")) {
      settings.append(name).append(" = ").append(onPrimary("show " + name)).append('\n');
    }
    return settings.toString();
  }

  private void start(boolean first) throws Exception {
    // Set first: a start that times out may still have left a server running, to be stopped.
    running = true;
    run(
        List.of(
            pgCtl(),
            "-D",
            data().toString(),
            "-l",
            directory.resolve("replica.log").toString(),
            "-w",
            "-t",
            Long.toString(WAIT.toSeconds()),
            "start"));
    if (promoted) {
      await(
          "the promoted replica to answer again",
          () -> "f".equals(onReplica("select pg_is_in_recovery()")));
      return;
    }
    await(
        "the replica to stream from the primary" + (first ? "" : " again"),
        () -> "streaming".equals(onReplica("select status from pg_stat_wal_receiver")));
  }

  private void removeQuietly() {
    synchronized (this) {
      if (running) {
        try {
          run(List.of(pgCtl(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
        } catch (Exception e) {
          System.err.println("could not stop the replica in " + directory + ": " + e);
        }
        running = false;
      }
      delete(directory);
    }
  }

  /** Stops and removes replicas whose test run died before it could (its JVM is gone). */
  private static void removeLeftovers(TestDatabase server) throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> entries = Files.list(temp)) {
      for (Path left :
          entries
              .filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
              .toList()) {
        Path owner = left.resolve("owner.pid");
        boolean alive =
            Files.exists(owner)
                ? ProcessHandle.of(Long.parseLong(Files.readString(owner).trim())).isPresent()
                // Just created by another run, which has not written its pid yet?
                : Files.getLastModifiedTime(left)
                    .toInstant()
                    .isAfter(Instant.now().minusSeconds(600));
        if (alive) {
          continue;
        }
        Path data = left.resolve("data");
        if (Files.exists(data.resolve("postmaster.pid"))) {
          try {
            run(
                List.of(pgCtl(binaries(server)), "-D", data.toString(), "-m", "immediate", "stop"),
                server);
          } catch (Exception alreadyStopped) {
            // Nothing runs there any more.
          }
        }
        delete(left);
      }
    }
  }

  /** The server tools of the primary's major version, as Debian and Ubuntu install them. */
  private static Path binaries(TestDatabase server) throws SQLException {
    int major = Integer.parseInt(query(server.url(), server, "show server_version_num")) / 10000;
    Path bin =
        Path.of(System.getProperty("replica.pg-bin", "/usr/lib/postgresql/" + major + "/bin"));
    if (!Files.isExecutable(bin.resolve("pg_basebackup"))) {
      throw new IllegalStateException(
          "no PostgreSQL "
              + major
              + " server tools in "
              + bin
              + " (set -Dreplica.pg-bin to where pg_basebackup and pg_ctl are)");
    }
    return bin;
  }

  /**
   * Lets replication connections in from 127.0.0.1 when no rule of the primary's {@code
   * pg_hba.conf} does yet, on the same terms as its other connections from 127.0.0.1.
   */
  private static void allowReplication(TestDatabase server) throws SQLException, IOException {
    String fromLocalhost =
        " from pg_hba_file_rules where type = 'host' and error is null"
            + " and (address in ('all', 'samehost', 'samenet') or (address ~ '^[0-9.]+$'"
            + " and inet '127.0.0.1' & netmask::inet = address::inet & netmask::inet))";
    String url = server.url();
    if (!"0"
        .equals(
            query(
                url,
                server,
                "select count(*)" + fromLocalhost + " and 'replication' = any(database)"))) {
      return;
    }
    String method =
        query(
            url,
            server,
            "select coalesce((select auth_method"
                + fromLocalhost
                + " and 'all' = any(database) order by line_number limit 1), 'scram-sha-256')");
    Path hba = Path.of(query(url, server, "show hba_file"));
    Files.writeString(
        hba,
        "\n# Streaming replicas on this machine (Entente's tests)\nhost replication all 127.0.0.1/32 "
            + method
            + "\n",
        StandardOpenOption.APPEND);
    query(url, server, "select pg_reload_conf()");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The primary's host and port, from the test run's database URL. */
  private String[] primaryAddress() {
    Matcher address = ADDRESS.matcher(server.url());
    if (!address.matches()) {
      throw new IllegalStateException("not a PostgreSQL URL with a host: " + server.url());
    }
    return new String[] {address.group(1), address.group(2) == null ? "5432" : address.group(2)};
  }

  private Path data() {
    return directory.resolve("data");
  }

  private String pgCtl() {
    return pgCtl(bin);
  }

  private static String pgCtl(Path bin) {
    return bin.resolve("pg_ctl").toString();
  }

  private String onPrimary(String sql) throws SQLException {
    return query(server.url(), server, sql);
  }

  private String onReplica(String sql) throws SQLException {
    return query(url(), server, sql);
  }

  private static String query(String url, TestDatabase server, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(url, server.user(), server.password());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  /** Waits until the condition holds; a failing query counts as not yet. */
  private static void await(String what, SqlCondition condition) {
    Instant deadline = Instant.now().plus(WAIT);
    SQLException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.holds()) {
          return;
        }
      } catch (SQLException notYet) {
        last = notYet;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("gave up waiting for " + what, last);
  }

  private interface SqlCondition {
    boolean holds() throws SQLException;
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    run(command, server);
  }

  /** Runs a server tool, as postgres when this JVM runs as root; fails with its output. */
  private static void run(List<String> command, TestDatabase server)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (AS_ROOT) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", server.password());
    Path output = Files.createTempFile("entente-pg-tool-", ".log");
    try {
      Process process = builder.redirectOutput(output.toFile()).start();
      if (!process.waitFor(WAIT.toSeconds() * 2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed ("
                + process.exitValue()
                + "):\n"
                + Files.readString(output, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Hands a file to the user the server runs as, when that is not this JVM's. */
  private static void handOver(Path file) throws IOException {
    if (AS_ROOT) {
      UserPrincipal postgres =
          file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(file, postgres);
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.writeString(file, content);
    handOver(file);
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + directory + ": " + e);
    }
  }
}
