package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cursor connections walk a whole list once, in order, and refuse pages that are too large. */
@ApiTest
class PaginationTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void walkingTopicsPageByPage_visitsEveryTopicOnce() {
    List<String> codes = new ArrayList<>();
    String after = null;
    boolean hasNext = true;
    while (hasNext) {
      var page =
          api.graphQl()
              .document(
                  "query($after: String) { topics(first: 4, after: $after) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }")
              .variable("after", after)
              .execute();
      codes.addAll(page.path("topics.edges[*].node.code").entityList(String.class).get());
      hasNext = page.path("topics.pageInfo.hasNextPage").entity(Boolean.class).get();
      after = page.path("topics.pageInfo.endCursor").entity(String.class).get();
    }
    assertThat(codes)
        .doesNotHaveDuplicates()
        .hasSize(
            jdbc.queryForObject(
                "select count(*) from topic where retired_at is null", Integer.class));
  }

  @Test
  void aPageLargerThanTheMaximum_isRefused() {
    api.graphQl()
        .document("{ topics(first: 101) { nodes { code } } }")
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error ->
                    assertThat(error.getMessage())
                        .isEqualTo("first must be between 0 and 100, not 101")));
  }
}
