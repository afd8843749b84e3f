package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GraphiQL is served from the application's own assets and opens on an example that works. */
@ApiTest
class GraphiqlTest {

  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"");
  private static final Pattern EXAMPLE =
      Pattern.compile("const example = `(.*?)`;", Pattern.DOTALL);

  @Autowired Api api;

  private String page() {
    return api.http()
        .get()
        .uri("/graphiql")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void everyAssetOfThePage_isServedByTheApplication() {
    String page = page();
    assertThat(page).doesNotContain("https://", "http://");
    Matcher assets = ASSET.matcher(page);
    int served = 0;
    while (assets.find()) {
      api.http().get().uri(assets.group(1)).exchange().expectStatus().isOk();
      served++;
    }
    assertThat(served).isEqualTo(4);
  }

  @Test
  void theExampleDocument_answersWithoutErrors() {
    Matcher example = EXAMPLE.matcher(page());
    assertThat(example.find()).isTrue();
    api.graphQl()
        .document(example.group(1))
        .execute()
        .path("negotiations.edges[*].node.title")
        .entityList(String.class)
        .hasSizeGreaterThan(1);
  }
}
