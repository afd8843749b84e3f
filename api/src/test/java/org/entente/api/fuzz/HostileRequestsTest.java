package org.entente.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever a client sends — malformed documents, variables of the wrong type, huge strings, deep
 * and wide queries, invalid IDs, SQL and script fragments — the server answers without a 5xx,
 * within its limits, without leaking its insides, and without changing the record.
 */
class HostileRequestsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The statement timeout is 5 s; nothing may take much longer than that. */
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private static RunningServer server;
  private static Map<String, String> untouched;

  @BeforeContainer
  static void start() {
    server = new RunningServer();
    untouched = server.fingerprint();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  private static String body(String document, Map<String, Object> variables) {
    return JSON.writeValueAsString(Map.of("query", document, "variables", variables));
  }

  /** Sends the body and checks what every answer must be, whatever was asked. */
  private static HttpResponse<String> survives(String body) {
    Instant start = Instant.now();
    HttpResponse<String> response = server.post(body, Map.of());
    assertThat(Duration.between(start, Instant.now())).isLessThan(PATIENCE);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
    assertThat(response.body())
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("org.jooq", "org.postgresql", "java.", "\tat ", "SQL state");
    return response;
  }

  private static void recordUnchanged() {
    assertThat(server.fingerprint()).isEqualTo(untouched);
  }

  @Property(tries = 150)
  void malformedDocuments_areRefusedCleanly(@ForAll("malformedDocuments") String document) {
    survives(body(document, Map.of()));
    recordUnchanged();
  }

  @Property(tries = 60)
  void malformedBodies_areRefusedCleanly(@ForAll("malformedBodies") String body) {
    survives(body);
    recordUnchanged();
  }

  @Property(tries = 100)
  void variablesOfTheWrongType_areRefusedCleanly(@ForAll("wrongValues") Object value) {
    String document =
        "query($first: Int, $from: Date, $id: ID!, $text: String!) {"
            + " meetings(first: $first, filter: {from: $from}) { totalCount }"
            + " node(id: $id) { id } search(text: $text) { score } }";
    for (String variable : List.of("first", "from", "id", "text")) {
      Map<String, Object> variables =
          new java.util.HashMap<>(Map.of("first", 5, "from", "2020-01-01", "id", "x", "text", "a"));
      variables.put(variable, value);
      survives(body(document, variables));
    }
    recordUnchanged();
  }

  @Property(tries = 40)
  void hugeStrings_areRefusedOrAnsweredCleanly(@ForAll("hugeStrings") String text) {
    survives(body("query($t: String!) { search(text: $t) { score } }", Map.of("t", text)));
    survives(
        body(
            "mutation($n: String!) { createParty(input: {kind: INSTITUTION, name: $n}) {"
                + " userErrors { code } } }",
            Map.of("n", text)));
    recordUnchanged();
  }

  @Property(tries = 40)
  void deepAndWideQueries_areRefusedWithinTheLimits(
      @ForAll("deepOrWideDocuments") String document) {
    survives(body(document, Map.of()));
    recordUnchanged();
  }

  @Property(tries = 100)
  void invalidIds_areRefusedCleanly(@ForAll("invalidIds") String id) {
    survives(body("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)));
    survives(body("query($id: ID!) { party(id: $id) { name } }", Map.of("id", id)));
    survives(
        body(
            "mutation($id: ID!) { updateParty(input: {id: $id, version: 987654, name: \"X\"}) {"
                + " userErrors { code } } }",
            Map.of("id", id)));
    survives(
        body(
            // Only a state has ISO codes: refused even where the ID happens to name a party.
            "mutation($id: ID!) { createParty(input: {kind: INSTITUTION, name: \"X\","
                + " parent: $id, isoCodes: {alpha2: \"XX\", alpha3: \"XXX\", numeric: \"000\"}})"
                + " { userErrors { code } } }",
            Map.of("id", id)));
    recordUnchanged();
  }

  @Property(tries = 100)
  void hostileText_isOnlyEverText(@ForAll("hostileText") String text) {
    survives(body("query($t: String!) { search(text: $t) { score } }", Map.of("t", text)));
    survives(
        body(
            "query($t: String) { meetings(first: 5, filter: {text: $t, city: $t}) {"
                + " totalCount nodes { title } } }",
            Map.of("t", text)));
    survives(body("query($t: String!) { topic(code: $t) { name } }", Map.of("t", text)));
    // An organisation with ISO codes is always refused, whatever its name: nothing may be written.
    survives(
        body(
            "mutation($t: String!) { createParty(input: {kind: INTERNATIONAL_ORGANISATION,"
                + " name: $t, shortName: $t, isoCodes: {alpha2: \"XX\", alpha3: \"XXX\","
                + " numeric: \"000\"}}) { userErrors { code } } }",
            Map.of("t", text)));
    recordUnchanged();
  }

  // Generators

  private static final List<String> HOSTILE =
      List.of(
          "'; drop table party; --",
          "' or '1'='1",
          "\" or 1=1 --",
          "$$; select pg_sleep(10); $$",
          "1); select pg_sleep(10); --",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "%",
          "_",
          "\\",
          "\\x00",
          "\u0000",
          "!&|():*<->",
          "a & | b",
          "'\\''",
          "${jndi:ldap://x/a}",
          "{{7*7}}",
          "../../etc/passwd",
          "\uD83D\uDE00 \u202E \uFEFF",
          "NULL");

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> fragment = Arbitraries.of(HOSTILE);
    return Combinators.combine(fragment, fragment, Arbitraries.strings().ofMaxLength(20))
        .as((a, b, c) -> a + c + b)
        .injectDuplicates(0.1);
  }

  private static final List<String> TOKENS =
      List.of(
          "{",
          "}",
          "(",
          ")",
          "[",
          "]",
          ":",
          "$",
          "!",
          "@",
          "...",
          "=",
          "|",
          "&",
          "\"",
          "\"\"\"",
          "#",
          ",",
          "query",
          "mutation",
          "subscription",
          "fragment",
          "on",
          "__schema",
          "__typename",
          "party",
          "parties",
          "meetings",
          "node",
          "nodes",
          "id",
          "name",
          "first",
          "100",
          "-1",
          "1e999",
          "null",
          "true",
          "createParty",
          "input",
          "kind",
          "STATE",
          "\\u0000",
          "\n");

  private static final String VALID =
      "{ meetings(first: 3, filter: {from: \"2020-01-01\"}) { nodes { title } } }";

  @Provide
  Arbitrary<String> malformedDocuments() {
    Arbitrary<String> tokens =
        Arbitraries.of(TOKENS).list().ofMaxSize(40).map(list -> String.join(" ", list));
    Arbitrary<String> truncated =
        Arbitraries.integers().between(0, VALID.length() - 1).map(cut -> VALID.substring(0, cut));
    return Arbitraries.oneOf(tokens, truncated, Arbitraries.strings().ofMaxLength(200));
  }

  @Provide
  Arbitrary<String> malformedBodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(100),
        Arbitraries.of(
            "",
            "null",
            "[]",
            "{}",
            "{\"query\": 1}",
            "{\"query\": null}",
            "{\"query\": [\"{ parties { totalCount } }\"]}",
            "{\"query\": \"{ parties { totalCount } }\", \"variables\": 7}",
            "{\"query\": \"{ parties { totalCount } }\", \"variables\": \"x\"}",
            "{\"query\": \"{ parties { totalCount } }\", \"operationName\": \"Nope\"}",
            "{\"query\": \"{ parties { totalCount } }\", \"extensions\": []}",
            "{\"query\": \"{ parties { totalCount } }\"",
            "{\"query\": \"{ parties { totalCount } }\"}}}}"));
  }

  @Provide
  Arbitrary<Object> wrongValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30).map(Object.class::cast),
        Arbitraries.longs().map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast),
        Arbitraries.of(
                true,
                List.of(1, 2),
                Map.of("a", 1),
                "9999999999999999999999",
                "2020-13-45",
                "-2147483649",
                1e300,
                "")
            .map(Object.class::cast));
  }

  @Provide
  Arbitrary<String> hugeStrings() {
    return Arbitraries.integers()
        .between(1_000, 400_000)
        .flatMap(
            size ->
                Arbitraries.of("a", "Kallas ", "' or 1=1 ", "\u00e9", "\uD83D\uDE00")
                    .map(unit -> unit.repeat(size / unit.length())));
  }

  @Provide
  Arbitrary<String> deepOrWideDocuments() {
    Arbitrary<String> deep =
        Arbitraries.integers()
            .between(1, 60)
            .map(
                depth ->
                    "{ parties(first: 100) { nodes "
                        + "{ offices { party ".repeat(depth)
                        + "{ name }"
                        + " } }".repeat(depth)
                        + " } }");
    Arbitrary<String> wide =
        Arbitraries.integers()
            .between(1, 3_000)
            .map(
                width -> {
                  StringBuilder document = new StringBuilder("{");
                  for (int i = 0; i < width; i++) {
                    document
                        .append(" a")
                        .append(i)
                        .append(
                            ": meetings(first: 100) { nodes { participants { person { name } } } }");
                  }
                  return document.append(" }").toString();
                });
    return Arbitraries.oneOf(deep, wide);
  }

  @Provide
  Arbitrary<String> invalidIds() {
    java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
    Arbitrary<String> typed =
        Combinators.combine(
                Arbitraries.of("Party", "Meeting", "Nope", "", "party", "Party:1"),
                Arbitraries.of(
                    "-1", "0", "99999999999999999999", "abc", "", "1.5", "1 ", "999999999"))
            .as((type, key) -> base64.encodeToString((type + ":" + key).getBytes()));
    return Arbitraries.oneOf(
        typed,
        Arbitraries.strings().ofMaxLength(64),
        Arbitraries.of("", "=", "====", "%00", "\u0000"));
  }
}
