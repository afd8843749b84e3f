package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.entente.api.TestApplication;
import org.entente.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line import, run in-process as {@code main} runs it: the application imports the file
 * without serving, prints what it did, and its exit status says whether it did.
 */
@ExtendWith(OutputCaptureExtension.class)
class DossierCommandTest {

  /**
   * A record of the class's own: what it imports does not leave the run's database with parties.
   */
  private static TestDatabase database;

  @TempDir Path files;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.fresh();
  }

  @AfterAll
  static void dropDatabase() {
    database.drop();
  }

  /** Runs the application to import {@code file}; its exit status. */
  private static int importing(Path file) {
    ConfigurableApplicationContext application =
        TestApplication.run(
            "--spring.datasource.url=" + database.url(),
            "--" + DossierCommand.PROPERTY + "=" + file);
    assertThat(DossierCommand.ran(application)).isTrue();
    // Nothing was served meanwhile: no HTTP port was opened.
    assertThat(application.getEnvironment().getProperty("local.server.port", Integer.class, -1))
        .isNegative();
    return SpringApplication.exit(application);
  }

  private Path file(String resource, String tag) throws IOException {
    Path file = files.resolve(tag + ".json");
    Files.writeString(file, Dossiers.text(resource, tag), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aDossierFile_isImported_andTheSummaryPrinted(CapturedOutput output) throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path file = file("dossiers/small.json", tag);

    assertThat(importing(file)).isZero();

    assertThat(output.getOut())
        .contains(
            file + ": imported dossier 'small-" + tag + "': 1 sources, 1 topics, 3 parties,",
            "1 meetings, 1 agreements, 1 negotiations; 0 entries imported before were skipped");
  }

  @Test
  void aDossierFileWithProblems_isRefused_withEveryProblemPrinted(CapturedOutput output)
      throws IOException {
    Path file = file("dossiers/ten-problems.json", UUID.randomUUID().toString().substring(0, 8));

    assertThat(importing(file)).isEqualTo(DossierCommand.REFUSED);

    assertThat(output.getErr())
        .contains(file + ": 10 problems; nothing was written")
        .contains("  meetings[1].participants[0].office  OFFICE_NOT_HELD  ")
        .contains("  parties[0].colour  UNKNOWN_FIELD  ");
  }
}
