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
  void theTimelinesTotalCount_isTheSameOnEveryPage_andCountsEveryEvent() {
    String document =
        "query($after: String) { timeline(first: 7, after: $after) { totalCount nodes { __typename }"
            + " pageInfo { hasNextPage endCursor } } }";
    List<Integer> totals = new ArrayList<>();
    int events = 0;
    String after = null;
    boolean hasNext = true;
    while (hasNext) {
      var page = api.graphQl().document(document).variable("after", after).execute();
      totals.add(page.path("timeline.totalCount").entity(Integer.class).get());
      events += page.path("timeline.nodes").entityList(Object.class).get().size();
      hasNext = page.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
      after = page.path("timeline.pageInfo.endCursor").entity(String.class).get();
    }
    // The first page counts in the statement that reads it, the others in one of their own.
    assertThat(totals).hasSizeGreaterThan(1).containsOnly(events);
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
