package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parties, people, negotiations and agreements listed by name either way: the order PostgreSQL
 * gives their names, ties broken by id, whichever way the list is paged.
 */
@ApiTest
class NameOrderTest {

  /** One record a page, so that every pair of neighbours meets across a cursor. */
  private static final int PAGE = 1;

  private static boolean tied;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  /** Two parties and two people of one name, added once, for the tie-breaker to order. */
  @BeforeEach
  void recordsOfOneName() {
    if (tied) {
      return;
    }
    tied = true;
    String name = "Tied " + UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      api.graphQl(Role.EDITOR)
          .document(
              "mutation($name: String!) { createParty(input: {kind: INTERNATIONAL_ORGANISATION,"
                  + " name: $name}) { userErrors { code } } createPerson(input: {name: $name}) {"
                  + " userErrors { code } } }")
          .variable("name", name)
          .execute()
          .path("createParty.userErrors")
          .entityList(Object.class)
          .hasSize(0)
          .path("createPerson.userErrors")
          .entityList(Object.class)
          .hasSize(0);
    }
  }

  private GraphQlTester.Response page(
      String list, String name, String order, String direction, String cursor) {
    boolean forward = direction.equals("first");
    return api.graphQl()
        .document(
            ("query($order: NameOrder, $size: Int, $cursor: String) { %1$s(orderBy: $order, %2$s:"
                    + " $size, %3$s: $cursor) { nodes { %4$s } pageInfo { hasNextPage"
                    + " hasPreviousPage startCursor endCursor } } }")
                .formatted(list, direction, forward ? "after" : "before", name))
        .variable("order", order)
        .variable("size", PAGE)
        .variable("cursor", cursor)
        .execute();
  }

  /** Every name of the list, page by page, forward from the start or backward from the end. */
  private List<String> walk(String list, String name, String order, boolean forward) {
    List<String> names = new ArrayList<>();
    String cursor = null;
    do {
      GraphQlTester.Response page = page(list, name, order, forward ? "first" : "last", cursor);
      List<String> read = page.path(list + ".nodes[*]." + name).entityList(String.class).get();
      if (forward) {
        names.addAll(read);
      } else {
        names.addAll(0, read);
      }
      String more = forward ? "hasNextPage" : "hasPreviousPage";
      cursor =
          page.path(list + ".pageInfo." + more).entity(Boolean.class).get()
              ? page.path(list + ".pageInfo." + (forward ? "endCursor" : "startCursor"))
                  .entity(String.class)
                  .get()
              : null;
    } while (cursor != null);
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // Retired parties and people are listed no more.
    "parties,      name,  party,       retired_at is null",
    "people,       name,  person,      retired_at is null",
    "negotiations, title, negotiation, true",
    "agreements,   title, agreement,   true"
  })
  void byName_eitherWay_pagedEitherWay(String list, String name, String table, String listed) {
    String rows = "select " + name + " from " + table + " where " + listed + " order by ";
    List<String> ascending = jdbc.queryForList(rows + name + ", id", String.class);
    List<String> descending = new ArrayList<>(ascending);
    Collections.reverse(descending);
    assertThat(ascending).hasSizeGreaterThan(PAGE);

    assertThat(walk(list, name, "NAME_ASC", true)).isEqualTo(ascending);
    assertThat(walk(list, name, "NAME_ASC", false)).isEqualTo(ascending);
    assertThat(walk(list, name, "NAME_DESC", true)).isEqualTo(descending);
    assertThat(walk(list, name, "NAME_DESC", false)).isEqualTo(descending);
    assertThat(walk(list, name, "ADDED", true))
        .isEqualTo(jdbc.queryForList(rows + "id", String.class));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"parties, name", "agreements, title"})
  void aCursorOfOneOrder_isRefusedInAnother(String list, String name) {
    String cursor =
        page(list, name, "NAME_ASC", "first", null)
            .path(list + ".pageInfo.endCursor")
            .entity(String.class)
            .get();
    page(list, name, "NAME_DESC", "first", cursor)
        .errors()
        .satisfy(
            onlyError(
                error ->
                    assertThat(error.getMessage())
                        .contains("belongs to another list, filter or ordering")));
  }
}
