package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.api.Api;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Mutations of negotiations, agreements and citations as tests run them, and fresh records to run
 * them on: a few parties of their own with distinctive names, created once for the whole run, so
 * that what the tests write shows in no other test's answers and lists of parties stay short (the
 * demo dossier's records are only ever cited, never changed).
 */
final class Lifecycles {

  static final String USER_ERRORS = "userErrors { path message code }";

  static final String FIRST = "Lifecycle Test Union";
  static final String SECOND = "Lifecycle Test Republic";
  static final String THIRD = "Lifecycle Test League";
  static final String OUTSIDER = "Lifecycle Test Outsider";
  static final String COMMISSION = "Lifecycle Test Commission";
  static final String COUNCIL = "Lifecycle Test Council";

  /** The parties created so far in this run, by name: every test class shares one database. */
  private static final Map<String, String> PARTIES = new ConcurrentHashMap<>();

  private final Api api;
  private final DatabaseState database;
  private final Recorder recorder;
  private String source;

  Lifecycles(Api api, DatabaseState database) {
    this.api = api;
    this.database = database;
    this.recorder = new Recorder(api, database);
  }

  /** Runs {@code mutation} with its one input, answering {@code fields} of its payload. */
  GraphQlTester.Response run(String mutation, Map<String, Object> input, String fields) {
    return recorder.payload(mutation, input, fields);
  }

  /** Runs {@code mutation}, asserting that it succeeded, and answers the value at {@code path}. */
  <T> T written(
      String mutation, Map<String, Object> input, String fields, String path, Class<T> type) {
    GraphQlTester.Response response = run(mutation, input, fields + " " + USER_ERRORS);
    response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
    return response.path(mutation + "." + path).entity(type).get();
  }

  /** Asserts that the mutation wrote nothing and answered exactly this userError. */
  void refused(String mutation, Map<String, Object> input, String code, String... path) {
    Map<String, String> before = database.fingerprint();
    GraphQlTester.Response response = run(mutation, input, USER_ERRORS);
    response.path(mutation + ".userErrors[*].code").entityList(String.class).containsExactly(code);
    response.path(mutation + ".userErrors[0].path").entityList(String.class).containsExactly(path);
    assertThat(database.fingerprint()).isEqualTo(before);
  }

  /** The international organisation of this name, created on first use. */
  String party(String name) {
    return PARTIES.computeIfAbsent(name, this::created);
  }

  private String created(String name) {
    return written(
        "createParty",
        Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", name),
        "party { id }",
        "party.id",
        String.class);
  }

  /** A source of the demo dossier, to cite; looked up once per test. */
  String source() {
    if (source == null) {
      source = Api.source(api.graphQl(Role.EDITOR));
    }
    return source;
  }

  /** A new negotiation between the first two parties, without steps, at version 1. */
  String negotiation(String title) {
    return written(
        "openNegotiation",
        Map.of(
            "title",
            title,
            "parties",
            List.of(Map.of("party", party(FIRST)), Map.of("party", party(SECOND)))),
        "negotiation { id }",
        "negotiation.id",
        String.class);
  }

  /** The input of a step of the negotiation, citing {@link #source()}. */
  Map<String, Object> stepInput(String negotiation, int version, String kind, String date) {
    return entry("negotiation", negotiation, version, kind, date);
  }

  /** Records a step, asserting that it was, and answers the negotiation's version after it. */
  int step(String negotiation, int version, String kind, String date, Map<String, Object> more) {
    Map<String, Object> input = stepInput(negotiation, version, kind, date);
    input.putAll(more);
    return written(
        "recordNegotiationStep",
        input,
        "negotiation { version }",
        "negotiation.version",
        Integer.class);
  }

  /** An agreement between the given parties, without actions, at version 1. */
  String agreement(String title, String... parties) {
    return written(
        "createAgreement",
        Map.of("title", title, "kind", "OTHER", "parties", List.of(parties)),
        "agreement { id }",
        "agreement.id",
        String.class);
  }

  /** The input of an action on the agreement, citing {@link #source()}. */
  Map<String, Object> actionInput(String agreement, int version, String kind, String date) {
    return entry("agreement", agreement, version, kind, date);
  }

  /** Records an action, asserting that it was, and answers the agreement's version after it. */
  int action(String agreement, int version, String kind, String date, Map<String, Object> more) {
    Map<String, Object> input = actionInput(agreement, version, kind, date);
    input.putAll(more);
    return written(
        "recordAgreementAction",
        input,
        "agreement { version }",
        "agreement.version",
        Integer.class);
  }

  /** A step's or an action's input, which tests may change: it is mutable. */
  private Map<String, Object> entry(
      String subjectField, String subject, int version, String kind, String date) {
    Map<String, Object> input = new HashMap<>();
    input.put(subjectField, subject);
    input.put("version", version);
    input.put("kind", kind);
    input.put("date", date);
    input.put("citations", Recorder.citing(source()));
    return input;
  }

  /** The input with {@code field} set to {@code value}, which may be null. */
  static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(input);
    changed.put(field, value);
    return changed;
  }
}
