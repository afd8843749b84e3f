package org.entente.api.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.entente.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * GraphiQL works in a real browser: headless Chromium, driven by Playwright from {@code
 * src/test/js}, opens /graphiql, runs the example document it opens on and shows the demo dossier's
 * answer. The page's screenshot is left in {@code target/graphiql.png}.
 */
@ApiTest
class GraphiqlInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Value("${local.server.port}")
  int port;

  @Test
  void theExampleDocument_runsInChromium_andShowsTheVisaFacilitationTalks() {
    assertThat(CHROMIUM)
        .as("Debian's chromium (apt-get install -y chromium; .ci/run installs it)")
        .exists();
    Path screenshot = NodeScripts.TARGET.resolve("graphiql.png");

    NodeScripts.Run browser =
        NodeScripts.run(
            Duration.ofMinutes(2),
            "graphiql-in-browser.mjs",
            "http://localhost:" + port,
            screenshot.toString());

    assertThat(browser.exitCode())
        .as("the browser's report (screenshot: %s):%n%s", screenshot, browser.output())
        .isZero();
    assertThat(browser.output()).contains("EU–Kazakhstan visa facilitation agreement negotiations");
    assertThat(Files.exists(screenshot)).isTrue();
  }
}
