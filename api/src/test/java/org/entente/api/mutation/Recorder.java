package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.api.Api;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Runs mutations of the shape {@code createX(input: CreateXInput!) { x {...} userErrors {...} }}
 * and creates the fresh records a test works on, so that the demo dossier stays as it was.
 */
final class Recorder {

  private final Api api;
  private final DatabaseState database;

  Recorder(Api api, DatabaseState database) {
    this.api = api;
    this.database = database;
  }

  /** Runs the mutation as an editor, selecting {@code selection} of its payload. */
  GraphQlTester.Response payload(String mutation, Map<String, Object> input, String selection) {
    String type =
        mutation.startsWith("retire")
            ? "RetireInput"
            : Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: "
                + type
                + "!) { "
                + mutation
                + "(input: $input) { "
                + selection
                + " } }")
        .variable("input", input)
        .execute();
  }

  /** Runs the mutation, selecting {@code fields} of the record it answers and its userErrors. */
  GraphQlTester.Response run(String mutation, Map<String, Object> input, String fields) {
    return payload(
        mutation, input, record(mutation) + " { " + fields + " } userErrors { path message code }");
  }

  /** Runs the mutation and asserts that it wrote without userErrors. */
  GraphQlTester.Response ok(String mutation, Map<String, Object> input, String fields) {
    GraphQlTester.Response response = run(mutation, input, fields);
    response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
    return response;
  }

  /** The ID of the record the mutation wrote. */
  String id(String mutation, Map<String, Object> input) {
    return ok(mutation, input, "id")
        .path(mutation + "." + record(mutation) + ".id")
        .entity(String.class)
        .get();
  }

  /**
   * Asserts the mutation wrote nothing at all and answered exactly this userError; answers its
   * message.
   */
  String refused(String mutation, Map<String, Object> input, String code, String... path) {
    Map<String, String> before = database.fingerprint();
    GraphQlTester.Response response = run(mutation, input, "id");
    response.path(mutation + "." + record(mutation)).valueIsNull();
    response.path(mutation + ".userErrors").entityList(Object.class).hasSize(1);
    response.path(mutation + ".userErrors[0].code").entity(String.class).isEqualTo(code);
    response.path(mutation + ".userErrors[0].path").entityList(String.class).containsExactly(path);
    assertThat(database.fingerprint()).isEqualTo(before);
    return response.path(mutation + ".userErrors[0].message").entity(String.class).get();
  }

  /** The version of the record with this ID, of the GraphQL type given. */
  int version(String id, String type) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { node(id: $id) { ... on " + type + " { version } } }")
        .variable("id", id)
        .execute()
        .path("node.version")
        .entity(Integer.class)
        .get();
  }

  String party(String name) {
    return id("createParty", Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", name));
  }

  String person(String name) {
    return id("createPerson", Map.of("name", name));
  }

  String office(String name, String party, boolean singleHolder) {
    return id("createOffice", Map.of("name", name, "party", party, "singleHolder", singleHolder));
  }

  String source(String title) {
    return id(
        "createSource", Map.of("publisher", "Entente tests", "title", title, "published", "2025"));
  }

  String tenure(String person, String office, String start, String end) {
    return id(
        "createTenure", input("person", person, "office", office, "start", start, "end", end));
  }

  /** An input map that may hold nulls: keys and values in turn. */
  static Map<String, Object> input(Object... keysAndValues) {
    Map<String, Object> input = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      input.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return input;
  }

  /** The citations input that cites {@code source} once, without a passage. */
  static List<Map<String, Object>> citing(String source) {
    return List.of(Map.of("source", source));
  }

  private static String record(String mutation) {
    String kind = mutation.replaceFirst("^(create|update|retire|remove)", "");
    return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
  }
}
