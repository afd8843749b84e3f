package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;

/** Search text is only ever words: no character of it acts as SQL or search syntax. */
@ApiTest
class SearchTest {

  private static final String SEARCH =
      "query($text: String!) { search(text: $text) { score node { __typename } } }";

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void hostileText_isSearchedForAsWords_andChangesNothing() {
    int meetings = jdbc.queryForObject("select count(*) from meeting", Integer.class);
    api.graphQl()
        .document(SEARCH)
        .variable("text", "Almaty'); drop table meeting; -- <script>alert(1)</script> & | !")
        .execute()
        .path("search[*].node.__typename")
        .entityList(String.class)
        .contains("Meeting");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class))
        .isEqualTo(meetings);
  }

  @Test
  void textWithoutWords_isRefusedWithAClearMessage() {
    api.graphQl()
        .document(SEARCH)
        .variable("text", " -- !! ")
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error ->
                    assertThat(error.getMessage())
                        .isEqualTo("search for at least one word of letters or digits")));
  }

  @Test
  void aPersonFoundByTwoWords_appearsOnce_withTheBetterWordsScore() {
    String kallas =
        "query($text: String!) { search(text: $text) { score node { ... on Person { name } } } }";
    List<Double> byBoth = scoresOfKallas(kallas, "Kaja Kalla");
    List<Double> bySurname = scoresOfKallas(kallas, "Kalla");
    List<Double> byName = scoresOfKallas(kallas, "Kaja");

    assertThat(bySurname).hasSize(1);
    assertThat(byName).hasSize(1);
    assertThat(byBoth).containsExactly(Math.max(bySurname.get(0), byName.get(0)));
  }

  private List<Double> scoresOfKallas(String document, String text) {
    return api.graphQl()
        .document(document)
        .variable("text", text)
        .execute()
        .path("search[?(@.node.name == 'Kaja Kallas')].score")
        .entityList(Double.class)
        .get();
  }

  @Test
  void eachSnippet_isCutFromTheTextOfItsOwnRecord() {
    List<Map<String, Object>> hits =
        api.graphQl()
            .document(
                """
                query($text: String!) { search(text: $text, first: 50) { snippet node {
                  __typename ... on Node { id } ... on Meeting { title summary } ... on Statement { text }
                  ... on Negotiation { title subject } ... on Topic { name aliases } } } }
                """)
            .variable("text", "Almaty visa Trans-Caspian corridor")
            .execute()
            .path("search")
            .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .get();
    assertThat(hits)
        .extracting(hit -> (Object) ((Map<?, ?>) hit.get("node")).get("__typename"))
        .contains("Meeting", "Statement", "Negotiation", "Topic");
    // The Middle Corridor is found by its name's words and by its other name's spelling: once.
    assertThat(hits)
        .extracting(hit -> (Object) ((Map<?, ?>) hit.get("node")).get("id"))
        .doesNotHaveDuplicates();
    for (Map<String, Object> hit : hits) {
      Map<?, ?> node = (Map<?, ?>) hit.get("node");
      String snippet = ((String) hit.get("snippet")).replace("«", "").replace("»", "");
      String text =
          switch ((String) node.get("__typename")) {
            case "Meeting" -> node.get("title") + " — " + node.get("summary");
            case "Statement" -> (String) node.get("text");
            case "Negotiation" -> node.get("title") + " — " + node.get("subject");
            // Found by one of its other names, the snippet says which.
            case "Topic" ->
                ((List<?>) node.get("aliases"))
                    .stream()
                        .map(alias -> node.get("name") + " (also " + alias + ")")
                        .filter(snippet::equals)
                        .findFirst()
                        .orElse((String) node.get("name"));
            default -> snippet;
          };
      assertThat(text).as("the text of %s", node).contains(snippet);
    }
  }
}
