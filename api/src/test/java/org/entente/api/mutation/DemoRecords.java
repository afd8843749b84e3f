package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.entente.api.Api;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The demo dossier's records that the meeting and statement tests refer to, by global ID, and the
 * assertion that a refused mutation wrote nothing. The tests only ever point at these records; the
 * meetings and statements they write are their own.
 */
final class DemoRecords {

  private final Api api;

  DemoRecords(Api api) {
    this.api = api;
  }

  String party(String alpha2) {
    return api.partyId("ISO_3166_ALPHA2", alpha2);
  }

  String europeanUnion() {
    return api.partyId("WIKIDATA", "Q458");
  }

  String person(String name) {
    return first("{ people(first: 100) { nodes { id name } } }", "people", "name", name);
  }

  String office(String name) {
    return first("{ offices(first: 100) { nodes { id name } } }", "offices", "name", name);
  }

  String source(String title) {
    return first("{ sources(first: 100) { nodes { id title } } }", "sources", "title", title);
  }

  String topic(String code) {
    return api.graphQl(Role.EDITOR)
        .document("query($code: String!) { topic(code: $code) { id } }")
        .variable("code", code)
        .execute()
        .path("topic.id")
        .entity(String.class)
        .get();
  }

  private String first(String document, String list, String field, String value) {
    return api.graphQl(Role.EDITOR)
        .document(document)
        .execute()
        .path(list + ".nodes[?(@." + field + " == '" + value + "')].id")
        .entityList(String.class)
        .get()
        .get(0);
  }

  /** Asserts the mutation wrote nothing and answered exactly this userError. */
  static void refused(
      DatabaseState database,
      Supplier<GraphQlTester.Response> mutation,
      String field,
      String code,
      String... path) {
    Map<String, String> before = database.fingerprint();
    GraphQlTester.Response response = mutation.get();
    String payload = field.substring(0, field.indexOf('.'));
    response.path(field).valueIsNull();
    response.path(payload + ".userErrors[*].code").entityList(String.class).containsExactly(code);
    response.path(payload + ".userErrors[0].path").entityList(String.class).containsExactly(path);
    assertThat(database.fingerprint()).isEqualTo(before);
  }
}
