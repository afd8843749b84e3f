package org.entente.api.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.api.EntenteApplication;

/**
 * The application in a JVM of its own, as it runs in service. Started inside the benchmark's JVM,
 * it shared its heap, garbage collector and compiler threads with the load driver, whose garbage
 * (every response body read as a string) it then collected too.
 */
final class ServerProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final Process process;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the application on {@code database} and waits until it is ready for traffic. */
  static ServerProcess start(BenchmarkDatabase database) throws IOException, InterruptedException {
    int port = freePort();
    Path log = Files.createTempFile("entente-benchmark-server-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    // Surefire runs the tests from a manifest-only jar and names the real class path here.
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(EntenteApplication.class.getName());
    command.addAll(
        List.of(
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password(),
            "--entente.demo-dossier=false",
            // The load driver is one client asking as fast as it can: measured, not limited.
            "--entente.limits.rate.requests-per-minute=" + Integer.MAX_VALUE,
            "--entente.limits.rate.burst=" + Integer.MAX_VALUE,
            "--server.port=" + port,
            "--logging.level.root=WARN"));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServerProcess server = new ServerProcess(process, log, port);
    try {
      server.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException failure) {
      server.close();
      throw failure;
    }
    return server;
  }

  /** The operating system's id of the server's process. */
  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  URI graphQl() {
    return URI.create("http://localhost:" + port + "/graphql");
  }

  private void awaitReady() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest readiness =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the server stopped with exit code " + process.exitValue() + ":\n" + logTail());
      }
      try {
        if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // It has not opened its port yet.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the server was not ready within " + START_LIMIT.toSeconds() + " s:\n" + logTail());
  }

  private String logTail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops the server as a deployment does, by signal, and forcibly if it does not stop. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
