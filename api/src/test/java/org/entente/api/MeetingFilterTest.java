package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Filters, ordering and cursors of meetings(filter:), on the demo dossier. */
@ApiTest
class MeetingFilterTest {

  private static final String MEETINGS =
      """
      query($filter: MeetingFilter, $orderBy: MeetingOrder, $first: Int, $after: String, $last: Int, $before: String) {
        meetings(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          nodes { title }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }
      """;

  @Autowired Api api;

  private GraphQlTester.Response meetings(Map<String, Object> filter) {
    return api.graphQl().document(MEETINGS).variable("filter", filter).execute();
  }

  private String kazakhstan() {
    return api.graphQl()
        .document("{ party(identifier: {scheme: \"ISO_3166_ALPHA2\", value: \"KZ\"}) { id } }")
        .execute()
        .path("party.id")
        .entity(String.class)
        .get();
  }

  @Test
  void aTopic_matchesMeetingsOnItsSubtopics() {
    meetings(Map.of("topics", List.of("connectivity")))
        .path("meetings.nodes[*].title")
        .entityList(String.class)
        .contains("Tokayev–Kallas meeting in Almaty");
  }

  @Test
  void aDateRange_holdsMeetingsWhoseWholeIntervalLiesWithinIt() {
    meetings(Map.of("parties", List.of(kazakhstan()), "from", "2025-01-01", "to", "2025-12-31"))
        .path("meetings.nodes[*].title")
        .entityList(String.class)
        .containsExactly(
            "20th EU–Central Asia Ministerial meeting",
            "Tokayev–Kallas meeting in Almaty",
            "First EU–Central Asia Summit");
    // The ministerial is known only to the month: it lies within March, not within 1–15 March.
    meetings(Map.of("parties", List.of(kazakhstan()), "from", "2025-03-01", "to", "2025-03-15"))
        .path("meetings.totalCount")
        .entity(Integer.class)
        .isEqualTo(0);
  }

  @Test
  void orNotAndText_combine() {
    meetings(
            Map.of(
                "parties", List.of(kazakhstan()),
                "or", List.of(Map.of("kinds", List.of("SUMMIT")), Map.of("text", "Almaty")),
                "not", Map.of("statuses", List.of("ANNOUNCED"))))
        .path("meetings.nodes[*].title")
        .entityList(String.class)
        .containsExactly("Tokayev–Kallas meeting in Almaty");
  }

  /**
   * Records a meeting with no city, no country and an unknown date, between two parties of its own,
   * so that no other test's answers hold it.
   */
  private void meetingOfUnknownPlaceAndDate(String title) {
    Api.createMeeting(
        api.graphQl(Role.EDITOR),
        title,
        List.of(api.newParty(title + ", first side"), api.newParty(title + ", second side")),
        Api.source(api.graphQl(Role.EDITOR)));
  }

  @Test
  void not_holdsTheMeetingsTheFilterDoesNotHold_thoseWithoutTheFieldIncluded() {
    meetingOfUnknownPlaceAndDate("Meeting of unknown place and date");

    GraphQlTester.Response counts =
        api.graphQl()
            .document(
                """
                { all: meetings { totalCount }
                  almaty: meetings(filter: {city: "Almaty"}) { totalCount }
                  elsewhere: meetings(filter: {not: {city: "Almaty"}}) { totalCount }
                  recent: meetings(filter: {from: "2020-01-01"}) { totalCount }
                  earlier: meetings(filter: {not: {from: "2020-01-01"}}) { totalCount } }
                """)
            .execute();

    int all = counts.path("all.totalCount").entity(Integer.class).get();
    int almaty = counts.path("almaty.totalCount").entity(Integer.class).get();
    int recent = counts.path("recent.totalCount").entity(Integer.class).get();
    assertThat(almaty).isPositive();
    assertThat(recent).isPositive();
    counts.path("elsewhere.totalCount").entity(Integer.class).isEqualTo(all - almaty);
    counts.path("earlier.totalCount").entity(Integer.class).isEqualTo(all - recent);
  }

  @Test
  void anUnknownDate_sortsAfterEveryKnownOne_lastAscendingAndFirstDescending() {
    meetingOfUnknownPlaceAndDate("Meeting of unknown date");

    api.graphQl()
        .document(
            "{ latest: meetings(orderBy: DATE_DESC, first: 1) { nodes { date { text } } }"
                + " last: meetings(orderBy: DATE_ASC, last: 1) { nodes { date { text } } }"
                + " earliest: meetings(orderBy: DATE_ASC, first: 1) { nodes { date { text } } } }")
        .execute()
        .path("latest.nodes[0].date.text")
        .entity(String.class)
        .isEqualTo("unknown")
        .path("last.nodes[0].date.text")
        .entity(String.class)
        .isEqualTo("unknown")
        .path("earliest.nodes[0].date.text")
        .entity(String.class)
        .isNotEqualTo("unknown");
  }

  @Test
  void participantsAndCity_filterByTheirIds_andIgnoreCase() {
    String kallas =
        api.graphQl()
            .document("{ people(first: 100) { nodes { id name } } }")
            .execute()
            .path("people.nodes[?(@.name == 'Kaja Kallas')].id")
            .entityList(String.class)
            .get()
            .get(0);
    meetings(Map.of("participants", List.of(kallas), "city", "ALMATY"))
        .path("meetings.nodes[*].title")
        .entityList(String.class)
        .containsExactly("Tokayev–Kallas meeting in Almaty");
  }

  @Test
  void pagingForwardAndBackward_walksTheSameListInDateOrder() {
    Map<String, Object> filter = Map.of("parties", List.of(kazakhstan()));
    List<String> forward = new ArrayList<>();
    String after = null;
    do {
      var page =
          api.graphQl()
              .document(MEETINGS)
              .variable("filter", filter)
              .variable("first", 1)
              .variable("after", after)
              .execute();
      forward.addAll(page.path("meetings.nodes[*].title").entityList(String.class).get());
      after =
          page.path("meetings.pageInfo.hasNextPage").entity(Boolean.class).get()
              ? page.path("meetings.pageInfo.endCursor").entity(String.class).get()
              : null;
    } while (after != null);

    List<String> backward = new ArrayList<>();
    String before = null;
    do {
      var page =
          api.graphQl()
              .document(MEETINGS)
              .variable("filter", filter)
              .variable("last", 3)
              .variable("before", before)
              .execute();
      backward.addAll(0, page.path("meetings.nodes[*].title").entityList(String.class).get());
      before =
          page.path("meetings.pageInfo.hasPreviousPage").entity(Boolean.class).get()
              ? page.path("meetings.pageInfo.startCursor").entity(String.class).get()
              : null;
    } while (before != null);

    assertThat(forward).hasSize(4).isEqualTo(backward);
    List<String> reversed = new ArrayList<>(forward);
    java.util.Collections.reverse(reversed);
    assertThat(forward.get(0)).isEqualTo("Sixth round of EPCA negotiations");
    api.graphQl()
        .document(MEETINGS)
        .variable("filter", filter)
        .variable("orderBy", "DATE_DESC")
        .execute()
        .path("meetings.nodes[*].title")
        .entityList(String.class)
        .isEqualTo(reversed);
  }

  @Test
  void aCursorReusedWithAnotherFilter_isRefused() {
    String cursor =
        meetings(Map.of("parties", List.of(kazakhstan())))
            .path("meetings.pageInfo.endCursor")
            .entity(String.class)
            .get();
    api.graphQl()
        .document(MEETINGS)
        .variable("filter", Map.of("kinds", List.of("SUMMIT")))
        .variable("after", cursor)
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error ->
                    assertThat(error.getMessage())
                        .contains("belongs to another list, filter or ordering")));
  }

  @Test
  void anAlteredCursor_isRefused() {
    String cursor =
        meetings(Map.of("parties", List.of(kazakhstan())))
            .path("meetings.pageInfo.endCursor")
            .entity(String.class)
            .get();
    String altered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
    api.graphQl()
        .document(MEETINGS)
        .variable("filter", Map.of("parties", List.of(kazakhstan())))
        .variable("after", altered)
        .execute()
        .errors()
        .satisfy(onlyError(error -> assertThat(error.getMessage()).contains("altered")));
  }
}
