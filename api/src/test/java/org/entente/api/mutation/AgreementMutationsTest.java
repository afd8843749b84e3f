package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.missing;
import static org.entente.api.mutation.Lifecycles.with;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Recording and correcting agreements and the actions taken on them through the API: the lifecycle
 * decides which action may come next, and every refusal writes nothing.
 */
@ApiTest
class AgreementMutationsTest {

  private static final String AGREEMENT =
      "agreement { id title shortTitle kind summary version parties { name }"
          + " replaces { title } firstInRegion { code } identifiers { scheme value }"
          + " citations { id source { id } }"
          + " actions { id kind party { name } date { text } effective { text }"
          + " place { city country { name } } note citations { id } agreement { id } }"
          + " status { status since { text } parties { party { name } status } }"
          + " statusHistory { status since { text } } }";

  @Autowired Api api;
  @Autowired DatabaseState database;

  private Lifecycles lifecycles;
  private String source;

  @BeforeEach
  void setUp() {
    lifecycles = new Lifecycles(api, database);
    source = lifecycles.source();
  }

  private GraphQlTester.Response run(String mutation, Map<String, Object> input) {
    return lifecycles.run(mutation, input, AGREEMENT + " " + Lifecycles.USER_ERRORS);
  }

  @Test
  void createAgreement_recordsTheAgreementWithoutActions_atVersionOne() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String second = lifecycles.party(Lifecycles.SECOND);
    String earlier = lifecycles.agreement("Earlier lifecycle treaty", first, second);
    String celex = "LIFECYCLE-" + UUID.randomUUID();

    GraphQlTester.Response created =
        run(
            "createAgreement",
            Map.of(
                "title",
                "Lifecycle Treaty on Transit",
                "shortTitle",
                "LTT",
                "kind",
                "TRADE",
                "summary",
                "Transit of goods",
                "parties",
                List.of(first, second),
                "replaces",
                earlier,
                "firstInRegion",
                "central-asia",
                "identifiers",
                List.of(Map.of("scheme", "CELEX", "value", celex)),
                "citations",
                Recorder.citing(source)));

    created.path("createAgreement.userErrors").entityList(Object.class).hasSize(0);
    created.path("createAgreement.agreement.version").entity(Integer.class).isEqualTo(1);
    created
        .path("createAgreement.agreement.parties[*].name")
        .entityList(String.class)
        .containsExactly(Lifecycles.FIRST, Lifecycles.SECOND);
    created
        .path("createAgreement.agreement.replaces.title")
        .entity(String.class)
        .isEqualTo("Earlier lifecycle treaty");
    created
        .path("createAgreement.agreement.firstInRegion.code")
        .entity(String.class)
        .isEqualTo("central-asia");
    created
        .path("createAgreement.agreement.status.status")
        .entity(String.class)
        .isEqualTo("NOT_SIGNED");
    api.graphQl(Role.EDITOR)
        .document(
            "query($v: String!) { agreement(identifier: {scheme: \"CELEX\", value: $v}) { id } }")
        .variable("v", celex)
        .execute()
        .path("agreement.id")
        .entity(String.class)
        .isEqualTo(created.path("createAgreement.agreement.id").entity(String.class).get());
  }

  @Test
  void createAgreement_refusesUnknownReferences_atTheirPlace() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String second = lifecycles.party(Lifecycles.SECOND);
    Map<String, Object> creation =
        Map.of(
            "title",
            "Refused lifecycle treaty",
            "kind",
            "OTHER",
            "parties",
            List.of(first, second));

    lifecycles.refused(
        "createAgreement",
        with(creation, "parties", List.of(first, missing("Party"))),
        "UNKNOWN_REFERENCE",
        "input",
        "parties",
        "1");
    lifecycles.refused(
        "createAgreement",
        with(creation, "firstInRegion", "atlantis"),
        "UNKNOWN_REFERENCE",
        "input",
        "firstInRegion");
    lifecycles.refused(
        "createAgreement",
        with(creation, "replaces", missing("Agreement")),
        "UNKNOWN_REFERENCE",
        "input",
        "replaces");
    lifecycles.refused(
        "createAgreement",
        with(creation, "identifiers", List.of(Map.of("scheme", "WIKIDATA", "value", "Q458"))),
        "DUPLICATE_IDENTIFIER",
        "input",
        "identifiers",
        "0");
  }

  @Test
  void updateAgreement_changesTheFieldsGiven_keepsTheOthers_andRaisesTheVersion() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String second = lifecycles.party(Lifecycles.SECOND);
    String third = lifecycles.party(Lifecycles.THIRD);
    String id =
        lifecycles.written(
            "createAgreement",
            Map.of(
                "title",
                "Lifecycle memorandum",
                "kind",
                "MEMORANDUM_OF_UNDERSTANDING",
                "summary",
                "On energy",
                "parties",
                List.of(first, second)),
            "agreement { id }",
            "agreement.id",
            String.class);

    GraphQlTester.Response updated =
        run(
            "updateAgreement",
            Map.of(
                "id",
                id,
                "version",
                1,
                "shortTitle",
                "LM",
                "kind",
                "OTHER",
                "parties",
                List.of(first, second, third)));

    updated.path("updateAgreement.userErrors").entityList(Object.class).hasSize(0);
    updated.path("updateAgreement.agreement.version").entity(Integer.class).isEqualTo(2);
    updated.path("updateAgreement.agreement.shortTitle").entity(String.class).isEqualTo("LM");
    updated.path("updateAgreement.agreement.kind").entity(String.class).isEqualTo("OTHER");
    updated.path("updateAgreement.agreement.summary").entity(String.class).isEqualTo("On energy");
    updated.path("updateAgreement.agreement.parties").entityList(Object.class).hasSize(3);

    Map<String, Object> clear = new HashMap<>(Map.of("id", id, "version", 2));
    clear.put("summary", null);
    run("updateAgreement", clear).path("updateAgreement.agreement.summary").valueIsNull();
    lifecycles.refused(
        "updateAgreement",
        Map.of("id", id, "version", 2, "title", "Lost update"),
        "CONFLICT",
        "input",
        "version");
    lifecycles.refused(
        "updateAgreement",
        Map.of("id", missing("Agreement"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void updateAgreement_refusesToLeaveOutAPartyThatAnActionNames() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String second = lifecycles.party(Lifecycles.SECOND);
    String third = lifecycles.party(Lifecycles.THIRD);
    String id = lifecycles.agreement("Lifecycle treaty ratified by one", first, second, third);
    int version = lifecycles.action(id, 1, "SIGNED", "2021-05-05", Map.of());
    version = lifecycles.action(id, version, "RATIFIED", "2022", Map.of("party", first));

    lifecycles.refused(
        "updateAgreement",
        Map.of("id", id, "version", version, "parties", List.of(second, third)),
        "ILLEGAL_ACTION",
        "input",
        "parties");
  }

  @Test
  void recordAgreementAction_appendsActionsInOrder_andTheStatusFollowsThem() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String second = lifecycles.party(Lifecycles.SECOND);
    String id = lifecycles.agreement("Lifecycle partnership agreement", first, second);

    int version =
        lifecycles.action(
            id,
            1,
            "SIGNED",
            "2015-12-21",
            Map.of("place", Map.of("city", "Astana"), "note", "Signed by both"));
    version = lifecycles.action(id, version, "RATIFIED", "2017", Map.of("party", first));
    version = lifecycles.action(id, version, "RATIFIED", "2020-01", Map.of("party", second));
    GraphQlTester.Response inForce =
        run(
            "recordAgreementAction",
            with(
                lifecycles.actionInput(id, version, "ENTERED_INTO_FORCE", "2020-02-10"),
                "effective",
                "2020-03-01"));

    inForce.path("recordAgreementAction.userErrors").entityList(Object.class).hasSize(0);
    inForce.path("recordAgreementAction.agreement.version").entity(Integer.class).isEqualTo(5);
    inForce
        .path("recordAgreementAction.agreement.actions[*].kind")
        .entityList(String.class)
        .containsExactly("SIGNED", "RATIFIED", "RATIFIED", "ENTERED_INTO_FORCE");
    inForce
        .path("recordAgreementAction.agreement.actions[0].place.city")
        .entity(String.class)
        .isEqualTo("Astana");
    inForce
        .path("recordAgreementAction.agreement.actions[3].agreement.id")
        .entity(String.class)
        .isEqualTo(id);
    inForce
        .path("recordAgreementAction.agreement.status.status")
        .entity(String.class)
        .isEqualTo("IN_FORCE");
    inForce
        .path("recordAgreementAction.agreement.status.since.text")
        .entity(String.class)
        .isEqualTo("2020-03-01");
    inForce
        .path("recordAgreementAction.agreement.status.parties[*].status")
        .entityList(String.class)
        .containsExactly("IN_FORCE", "IN_FORCE");
    inForce
        .path("recordAgreementAction.agreement.statusHistory[*].status")
        .entityList(String.class)
        .containsExactly("SIGNED", "IN_FORCE");
    api.graphQl(Role.EDITOR)
        .document(
            "query($id: ID!) { agreement(id: $id) { status(asOf: \"2020-02-15\") { status"
                + " parties { status } } } }")
        .variable("id", id)
        .execute()
        .path("agreement.status.status")
        .entity(String.class)
        .isEqualTo("SIGNED")
        .path("agreement.status.parties[*].status")
        .entityList(String.class)
        .containsExactly("CONSENTED", "CONSENTED");
  }

  @Test
  void recordAgreementAction_refusesEntryIntoForceBeforeSignature() {
    String id =
        lifecycles.agreement(
            "Unsigned lifecycle treaty",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));

    lifecycles.refused(
        "recordAgreementAction",
        lifecycles.actionInput(id, 1, "ENTERED_INTO_FORCE", "2020-03-01"),
        "ILLEGAL_ACTION",
        "input",
        "kind");
  }

  @Test
  void recordAgreementAction_refusesAnActOfAPartyThatIsNotAPartyToTheAgreement() {
    String outsider = lifecycles.party(Lifecycles.OUTSIDER);
    String id =
        lifecycles.agreement(
            "Lifecycle treaty of two",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));
    int version = lifecycles.action(id, 1, "SIGNED", "2019-04", Map.of());

    lifecycles.refused(
        "recordAgreementAction",
        with(lifecycles.actionInput(id, version, "RATIFIED", "2020"), "party", outsider),
        "ILLEGAL_ACTION",
        "input",
        "party");
  }

  @Test
  void recordAgreementAction_refusesWrongDatesAndMissingFacts_atTheirField() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String id =
        lifecycles.agreement("Lifecycle dated treaty", first, lifecycles.party(Lifecycles.SECOND));
    int version = lifecycles.action(id, 1, "SIGNED", "2019-04-10", Map.of());

    lifecycles.refused(
        "recordAgreementAction",
        with(lifecycles.actionInput(id, version, "RATIFIED", "2019-03"), "party", first),
        "ACTION_BEFORE_PREVIOUS",
        "input",
        "date");
    lifecycles.refused(
        "recordAgreementAction",
        with(
            lifecycles.actionInput(id, version, "ENTERED_INTO_FORCE", "2020-03-01"),
            "effective",
            "2020-02"),
        "INVALID_INPUT",
        "input",
        "effective");
    lifecycles.refused(
        "recordAgreementAction",
        lifecycles.actionInput(id, version, "RATIFIED", "2020"),
        "INVALID_INPUT",
        "input",
        "party");
    lifecycles.refused(
        "recordAgreementAction",
        with(
            lifecycles.actionInput(id, version, "ENTERED_INTO_FORCE", "2020"),
            "citations",
            List.of()),
        "UNCITED",
        "input",
        "citations");
    lifecycles.refused(
        "recordAgreementAction",
        lifecycles.actionInput(id, version, "ENTERED_INTO_FORCE", "1 March 2020"),
        "INVALID_INPUT",
        "input",
        "date");
  }

  @Test
  void recordAgreementAction_refusesUnknownRecords_andAStaleVersion() {
    String id =
        lifecycles.agreement(
            "Lifecycle treaty with ghosts",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));
    lifecycles.action(id, 1, "SIGNED", "2019-04", Map.of());

    lifecycles.refused(
        "recordAgreementAction",
        lifecycles.actionInput(missing("Agreement"), 1, "SIGNED", "2019"),
        "NOT_FOUND",
        "input",
        "agreement");
    lifecycles.refused(
        "recordAgreementAction",
        with(lifecycles.actionInput(id, 2, "AMENDED", "2020"), "person", missing("Person")),
        "UNKNOWN_REFERENCE",
        "input",
        "person");
    lifecycles.refused(
        "recordAgreementAction",
        with(
            lifecycles.actionInput(id, 2, "AMENDED", "2020"),
            "place",
            Map.of("country", missing("Party"))),
        "UNKNOWN_REFERENCE",
        "input",
        "place",
        "country");
    lifecycles.refused(
        "recordAgreementAction",
        lifecycles.actionInput(id, 1, "AMENDED", "2020"),
        "CONFLICT",
        "input",
        "version");
  }

  @Test
  void removeAgreementAction_takesAnActionBack_andTheStatusWithIt() {
    String id =
        lifecycles.agreement(
            "Lifecycle treaty corrected",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));
    int version = lifecycles.action(id, 1, "SIGNED", "2019-04", Map.of());
    version = lifecycles.action(id, version, "ENTERED_INTO_FORCE", "2020", Map.of());
    String entry = actionIds(id).get(1);

    GraphQlTester.Response removed =
        run("removeAgreementAction", Map.of("id", entry, "version", version));

    removed.path("removeAgreementAction.userErrors").entityList(Object.class).hasSize(0);
    removed.path("removeAgreementAction.agreement.version").entity(Integer.class).isEqualTo(4);
    removed
        .path("removeAgreementAction.agreement.status.status")
        .entity(String.class)
        .isEqualTo("SIGNED");
  }

  @Test
  void removeAgreementAction_refusesToTakeBackTheSignatureThatARatificationFollows() {
    String first = lifecycles.party(Lifecycles.FIRST);
    String id =
        lifecycles.agreement(
            "Lifecycle treaty under ratification", first, lifecycles.party(Lifecycles.SECOND));
    int version = lifecycles.action(id, 1, "SIGNED", "2019-04", Map.of());
    version = lifecycles.action(id, version, "RATIFIED", "2020", Map.of("party", first));
    String signature = actionIds(id).get(0);

    lifecycles.refused(
        "removeAgreementAction",
        Map.of("id", signature, "version", version),
        "ILLEGAL_ACTION",
        "input",
        "id");
    lifecycles.refused(
        "removeAgreementAction",
        Map.of("id", missing("AgreementAction"), "version", version),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void anAction_isANode_andTheHistoryOfItsAgreementShowsIt() {
    String id =
        lifecycles.agreement(
            "Lifecycle treaty with a history",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));
    lifecycles.action(id, 1, "SIGNED", "2019-04", Map.of());

    api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { agreement(id: $id) { history { table operation } } }")
        .variable("id", id)
        .execute()
        .path("agreement.history[*].table")
        .entityList(String.class)
        .contains("agreement", "agreement_party", "agreement_action", "citation");
    api.graphQl(Role.EDITOR)
        .document(
            "query($id: ID!) { node(id: $id) { ... on AgreementAction { kind agreement { id } } } }")
        .variable("id", actionIds(id).get(0))
        .execute()
        .path("node.kind")
        .entity(String.class)
        .isEqualTo("SIGNED")
        .path("node.agreement.id")
        .entity(String.class)
        .isEqualTo(id);
    assertThat(actionIds(id)).hasSize(1);
  }

  private List<String> actionIds(String agreement) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { agreement(id: $id) { actions { id } } }")
        .variable("id", agreement)
        .execute()
        .path("agreement.actions[*].id")
        .entityList(String.class)
        .get();
  }
}
