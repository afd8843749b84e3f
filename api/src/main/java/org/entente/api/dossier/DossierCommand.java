package org.entente.api.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.domain.dossier.DossierImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line import: started with {@code --entente.import-dossier=<file>}, the application
 * imports the file, prints its summary or every problem, and exits (see {@code CommandMode}, which
 * keeps it from serving meanwhile). For dossiers larger than the API takes in one request.
 */
@Component
@ConditionalOnProperty(DossierCommand.PROPERTY)
public class DossierCommand implements ApplicationRunner, ExitCodeGenerator {

  public static final String PROPERTY = "entente.import-dossier";

  /** Who the audit trail says wrote what the command line imports. */
  static final String ACTOR = "command-line";

  /** The exit status of a dossier refused for its problems. */
  static final int REFUSED = 1;

  /** The exit status of a file that could not be read. */
  static final int UNREADABLE = 2;

  private final DossierLoader loader;
  private final Path file;
  private final PrintStream out;
  private final PrintStream err;
  private int exitCode;

  DossierCommand(DossierLoader loader, @Value("${" + PROPERTY + "}") String file) {
    this.loader = loader;
    this.file = Path.of(file);
    this.out = System.out;
    this.err = System.err;
  }

  /** Whether the application was started to import a dossier, and should exit once it has run. */
  public static boolean ran(ConfigurableApplicationContext application) {
    return application.getEnvironment().containsProperty(PROPERTY);
  }

  @Override
  public void run(ApplicationArguments args) {
    DossierJson.Reading reading;
    try (InputStream json = Files.newInputStream(file)) {
      reading = DossierJson.read(json);
    } catch (IOException e) {
      err.println(file + ": cannot be read (" + e + ")");
      exitCode = UNREADABLE;
      return;
    }
    DossierImport.Outcome outcome = loader.load(reading, ACTOR);
    if (outcome.wasImported()) {
      DossierImport.Summary summary = outcome.summary();
      out.println(
          file
              + ": imported dossier '"
              + reading.dossier().name()
              + "': "
              + summary.sources()
              + " sources, "
              + summary.topics()
              + " topics, "
              + summary.parties()
              + " parties, "
              + summary.people()
              + " people, "
              + summary.offices()
              + " offices, "
              + summary.tenures()
              + " tenures, "
              + summary.meetings()
              + " meetings, "
              + summary.agreements()
              + " agreements, "
              + summary.negotiations()
              + " negotiations; "
              + summary.skipped()
              + " entries imported before were skipped");
      exitCode = 0;
    } else {
      err.println(
          file
              + ": "
              + outcome.problems().size()
              + (outcome.problems().size() == 1 ? " problem" : " problems")
              + "; nothing was written");
      DossierLoader.lines(outcome.problems()).forEach(line -> err.println("  " + line));
      exitCode = REFUSED;
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
