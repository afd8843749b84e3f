package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
            errors ->
                assertThat(errors)
                    .singleElement()
                    .extracting(error -> error.getMessage())
                    .isEqualTo("search for at least one word of letters or digits"));
  }
}
