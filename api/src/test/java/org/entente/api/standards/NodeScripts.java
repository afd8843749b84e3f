package org.entente.api.standards;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts of {@code src/test/js} with the machine's {@code node}, after {@code npm ci} has
 * installed the exact versions of their package-lock.json, once, when {@code node_modules} is
 * missing or older than the lock file. Each run's output goes to {@code target/standards/}.
 */
final class NodeScripts {

  static final Path FOLDER = Path.of("src", "test", "js").toAbsolutePath();
  static final Path TARGET = Path.of("target").toAbsolutePath();

  private static boolean installed;

  private NodeScripts() {}

  /** What a script printed, and how it ended. */
  record Run(int exitCode, String output) {}

  /** Runs the script with these arguments and waits for it, at most the timeout. */
  static Run run(Duration timeout, String script, String... arguments) {
    install();
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(arguments));
    return execute(command, timeout, script.replaceAll("\\.m?js$", ""));
  }

  private static synchronized void install() {
    if (installed) {
      return;
    }
    Path modules = FOLDER.resolve("node_modules");
    Path installedLock = modules.resolve(".package-lock.json");
    try {
      if (!Files.exists(installedLock)
          || Files.getLastModifiedTime(installedLock)
                  .compareTo(Files.getLastModifiedTime(FOLDER.resolve("package-lock.json")))
              < 0) {
        Run npm =
            execute(
                List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5), "npm-ci");
        if (npm.exitCode() != 0) {
          fail("npm ci failed in %s:%n%s", FOLDER, npm.output());
        }
      }
    } catch (IOException e) {
      fail("cannot read %s: %s", modules, e);
    }
    installed = true;
  }

  private static Run execute(List<String> command, Duration timeout, String name) {
    Path log = TARGET.resolve("standards").resolve(name + ".log");
    Process process;
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(command)
              .directory(FOLDER.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "cannot run "
              + String.join(" ", command)
              + " ("
              + e.getMessage()
              + "): these checks need Node.js 20 and npm, which .ci/run installs",
          e);
    }
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        return new Run(-1, "timed out after " + timeout + ":\n" + read(log));
      }
      return new Run(process.exitValue(), read(log));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }
}
