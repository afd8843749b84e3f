package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.missing;
import static org.entente.api.mutation.Lifecycles.with;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.api.StatementCounter;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Opening and correcting negotiations and recording their steps through the API: the lifecycle
 * decides which step may come next, and every refusal writes nothing.
 */
@ApiTest
class NegotiationMutationsTest {

  private static final String NEGOTIATION =
      "negotiation { id title subject version parties { party { name } negotiator { name } }"
          + " topics { code } target { setting date { text } } agreement { title }"
          + " citations { id passage source { id } }"
          + " steps { id kind date { text } round authorisedBy { name } authorised { name }"
          + " directives note citations { id } negotiation { id } }"
          + " status { status since { text } } statusHistory { status since { text } } }";

  @Autowired Api api;
  @Autowired DatabaseState database;
  @Autowired StatementCounter statements;

  private Lifecycles lifecycles;
  private String source;

  @BeforeEach
  void setUp() {
    lifecycles = new Lifecycles(api, database);
    source = lifecycles.source();
  }

  private GraphQlTester.Response run(String mutation, Map<String, Object> input) {
    return lifecycles.run(mutation, input, NEGOTIATION + " " + Lifecycles.USER_ERRORS);
  }

  private Map<String, Object> opening(String title) {
    return Map.of(
        "title",
        title,
        "parties",
        List.of(
            Map.of("party", lifecycles.party(Lifecycles.FIRST)),
            Map.of("party", lifecycles.party(Lifecycles.SECOND))));
  }

  @Test
  void openNegotiation_recordsTheNegotiationWithoutSteps_atVersionOne() {
    String union = lifecycles.party(Lifecycles.FIRST);
    String commission = lifecycles.party(Lifecycles.COMMISSION);
    String republic = lifecycles.party(Lifecycles.SECOND);

    GraphQlTester.Response opened =
        run(
            "openNegotiation",
            Map.of(
                "title",
                "Caspian lifecycle energy talks",
                "subject",
                "Gas transit across the Caspian",
                "parties",
                List.of(
                    Map.of("party", union, "negotiator", commission), Map.of("party", republic)),
                "topics",
                List.of("energy"),
                "target",
                Map.of("setting", "SET", "date", "2027"),
                "citations",
                List.of(Map.of("source", source, "passage", "talks on gas transit will open"))));

    opened.path("openNegotiation.userErrors").entityList(Object.class).hasSize(0);
    opened.path("openNegotiation.negotiation.version").entity(Integer.class).isEqualTo(1);
    opened
        .path("openNegotiation.negotiation.parties[*].negotiator.name")
        .entityList(String.class)
        .containsExactly(Lifecycles.COMMISSION);
    opened
        .path("openNegotiation.negotiation.topics[*].code")
        .entityList(String.class)
        .containsExactly("energy");
    opened
        .path("openNegotiation.negotiation.target.date.text")
        .entity(String.class)
        .isEqualTo("2027");
    opened
        .path("openNegotiation.negotiation.citations[0].passage")
        .entity(String.class)
        .isEqualTo("talks on gas transit will open");
    opened.path("openNegotiation.negotiation.steps").entityList(Object.class).hasSize(0);
    opened.path("openNegotiation.negotiation.status").valueIsNull();
  }

  @Test
  void openNegotiation_refusesUnknownReferences_atTheirPlace() {
    Map<String, Object> opening = opening("Refused lifecycle talks");
    List<?> parties = (List<?>) opening.get("parties");
    String topic =
        api.graphQl(Role.EDITOR)
            .document("{ topic(code: \"energy\") { id } }")
            .execute()
            .path("topic.id")
            .entity(String.class)
            .get();

    lifecycles.refused(
        "openNegotiation",
        with(opening, "topics", List.of("energy", "atlantis")),
        "UNKNOWN_REFERENCE",
        "input",
        "topics",
        "1");
    lifecycles.refused(
        "openNegotiation",
        with(opening, "parties", List.of(parties.get(0), Map.of("party", missing("Party")))),
        "UNKNOWN_REFERENCE",
        "input",
        "parties",
        "1",
        "party");
    lifecycles.refused(
        "openNegotiation",
        with(
            opening,
            "parties",
            List.of(
                Map.of("party", ((Map<?, ?>) parties.get(0)).get("party"), "negotiator", topic),
                parties.get(1))),
        "INVALID_ID",
        "input",
        "parties",
        "0",
        "negotiator");
    lifecycles.refused(
        "openNegotiation",
        with(opening, "citations", List.of(Map.of("source", missing("Source")))),
        "UNKNOWN_REFERENCE",
        "input",
        "citations",
        "0",
        "source");
  }

  @Test
  void openNegotiation_refusesATargetThatIsSetWithoutADate_andADateInAnotherForm() {
    Map<String, Object> opening = opening("Lifecycle talks without a date");

    lifecycles.refused(
        "openNegotiation",
        with(opening, "target", Map.of("setting", "SET")),
        "INVALID_INPUT",
        "input",
        "target");
    lifecycles.refused(
        "openNegotiation",
        with(opening, "target", Map.of("setting", "SET", "date", "28.03.2027")),
        "INVALID_INPUT",
        "input",
        "target",
        "date");
  }

  @Test
  void openNegotiation_refusesANegotiationOfOneParty() {
    Map<String, Object> opening = opening("Lifecycle talks with oneself");

    lifecycles.refused(
        "openNegotiation",
        with(opening, "parties", List.of(((List<?>) opening.get("parties")).get(0))),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void updateNegotiation_changesTheFieldsGiven_keepsTheOthers_andRaisesTheVersion() {
    String id =
        lifecycles.written(
            "openNegotiation",
            with(opening("Lifecycle connectivity talks"), "subject", "Rail freight"),
            "negotiation { id }",
            "negotiation.id",
            String.class);
    String agreement =
        lifecycles.agreement(
            "Lifecycle connectivity agreement",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));

    GraphQlTester.Response updated =
        run(
            "updateNegotiation",
            Map.of(
                "id",
                id,
                "version",
                1,
                "title",
                "Lifecycle rail connectivity talks",
                "topics",
                List.of("infrastructure"),
                "target",
                Map.of("setting", "NOT_SET"),
                "agreement",
                agreement));

    updated.path("updateNegotiation.userErrors").entityList(Object.class).hasSize(0);
    updated.path("updateNegotiation.negotiation.version").entity(Integer.class).isEqualTo(2);
    updated
        .path("updateNegotiation.negotiation.title")
        .entity(String.class)
        .isEqualTo("Lifecycle rail connectivity talks");
    updated
        .path("updateNegotiation.negotiation.subject")
        .entity(String.class)
        .isEqualTo("Rail freight");
    updated
        .path("updateNegotiation.negotiation.agreement.title")
        .entity(String.class)
        .isEqualTo("Lifecycle connectivity agreement");
    updated
        .path("updateNegotiation.negotiation.target.setting")
        .entity(String.class)
        .isEqualTo("NOT_SET");

    Map<String, Object> clear = new HashMap<>(Map.of("id", id, "version", 2));
    clear.put("subject", null);
    clear.put("agreement", null);
    GraphQlTester.Response cleared = run("updateNegotiation", clear);
    cleared.path("updateNegotiation.negotiation.subject").valueIsNull();
    cleared.path("updateNegotiation.negotiation.agreement").valueIsNull();
    cleared
        .path("updateNegotiation.negotiation.topics[*].code")
        .entityList(String.class)
        .containsExactly("infrastructure");
  }

  @Test
  void updateNegotiation_refusesAnAgreementAnotherNegotiationProduced() {
    String agreement =
        lifecycles.agreement(
            "Lifecycle agreement produced once",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));
    String first = lifecycles.negotiation("First lifecycle talks producing it");
    String second = lifecycles.negotiation("Second lifecycle talks producing it");
    lifecycles.written(
        "updateNegotiation",
        Map.of("id", first, "version", 1, "agreement", agreement),
        "negotiation { id }",
        "negotiation.id",
        String.class);

    lifecycles.refused(
        "updateNegotiation",
        Map.of("id", second, "version", 1, "agreement", agreement),
        "DUPLICATE",
        "input",
        "agreement");
    lifecycles.refused(
        "updateNegotiation",
        Map.of("id", second, "version", 1, "agreement", missing("Agreement")),
        "UNKNOWN_REFERENCE",
        "input",
        "agreement");
  }

  @Test
  void updateNegotiation_withAStaleVersion_isAConflictThatSaysWhatChanged() {
    String id = lifecycles.negotiation("Lifecycle talks edited twice");
    lifecycles.step(id, 1, "PROPOSED", "2024-11", Map.of());

    String message =
        new Recorder(api, database)
            .refused(
                "updateNegotiation",
                Map.of("id", id, "version", 1, "title", "Lost update"),
                "CONFLICT",
                "input",
                "version");
    assertThat(message).contains("version 1", "now 2", "negotiation_step", "citation");
  }

  @Test
  void updateNegotiation_refusesAnIdOfNoNegotiation() {
    lifecycles.refused(
        "updateNegotiation",
        Map.of("id", missing("Negotiation"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void recordNegotiationStep_appendsStepsInOrder_andTheStatusFollowsThem() {
    String council = lifecycles.party(Lifecycles.COUNCIL);
    String commission = lifecycles.party(Lifecycles.COMMISSION);
    String id = lifecycles.negotiation("Lifecycle readmission talks");

    int version = lifecycles.step(id, 1, "PROPOSED", "2024-06", Map.of());
    version =
        lifecycles.step(
            id,
            version,
            "MANDATE_GRANTED",
            "2024-10-14",
            Map.of(
                "authorisedBy",
                council,
                "authorised",
                commission,
                "directives",
                "Reciprocal readmission"));
    version = lifecycles.step(id, version, "LAUNCHED", "2025-01-20", Map.of("note", "In Brussels"));
    GraphQlTester.Response round =
        run(
            "recordNegotiationStep",
            with(
                lifecycles.stepInput(id, version, "ROUND_HELD", "2025-02-11/2025-02-12"),
                "roundNumber",
                1));

    round.path("recordNegotiationStep.userErrors").entityList(Object.class).hasSize(0);
    round.path("recordNegotiationStep.negotiation.version").entity(Integer.class).isEqualTo(5);
    round
        .path("recordNegotiationStep.negotiation.steps[*].kind")
        .entityList(String.class)
        .containsExactly("PROPOSED", "MANDATE_GRANTED", "LAUNCHED", "ROUND_HELD");
    round
        .path("recordNegotiationStep.negotiation.steps[1].authorised.name")
        .entity(String.class)
        .isEqualTo(Lifecycles.COMMISSION);
    round
        .path("recordNegotiationStep.negotiation.steps[3].round")
        .entity(Integer.class)
        .isEqualTo(1);
    round
        .path("recordNegotiationStep.negotiation.steps[3].date.text")
        .entity(String.class)
        .isEqualTo("2025-02-11/2025-02-12");
    round
        .path("recordNegotiationStep.negotiation.steps[3].negotiation.id")
        .entity(String.class)
        .isEqualTo(id);
    round
        .path("recordNegotiationStep.negotiation.status.status")
        .entity(String.class)
        .isEqualTo("LAUNCHED");
    round
        .path("recordNegotiationStep.negotiation.status.since.text")
        .entity(String.class)
        .isEqualTo("2025-01-20");
    round
        .path("recordNegotiationStep.negotiation.statusHistory[*].status")
        .entityList(String.class)
        .containsExactly("PROPOSED", "MANDATE_GRANTED", "LAUNCHED");
    api.graphQl(Role.EDITOR)
        .document(
            "query($id: ID!) { negotiation(id: $id) { status(asOf: \"2024-12-01\") { status } } }")
        .variable("id", id)
        .execute()
        .path("negotiation.status.status")
        .entity(String.class)
        .isEqualTo("MANDATE_GRANTED");
  }

  @Test
  void recordNegotiationStep_refusesARoundBeforeTheLaunch() {
    String id = lifecycles.negotiation("Lifecycle talks not yet launched");
    lifecycles.step(id, 1, "PROPOSED", "2024-06", Map.of());

    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, 2, "ROUND_HELD", "2024-09"), "roundNumber", 1),
        "ILLEGAL_STEP",
        "input",
        "kind");
  }

  @Test
  void recordNegotiationStep_refusesAnythingAfterTheNegotiationWasAbandoned() {
    String id = lifecycles.negotiation("Abandoned lifecycle talks");
    int version = lifecycles.step(id, 1, "LAUNCHED", "2023-05", Map.of());
    version = lifecycles.step(id, version, "ABANDONED", "2024", Map.of());

    lifecycles.refused(
        "recordNegotiationStep",
        lifecycles.stepInput(id, version, "RESUMED", "2025"),
        "ILLEGAL_STEP",
        "input",
        "kind");
  }

  @Test
  void
      recordNegotiationStep_refusesAStepDatedBeforeThePreviousOne_andARoundNumberThatDoesNotRise() {
    String id = lifecycles.negotiation("Lifecycle talks in rounds");
    int version = lifecycles.step(id, 1, "LAUNCHED", "2025-03-28", Map.of());
    version = lifecycles.step(id, version, "ROUND_HELD", "2025-05", Map.of("roundNumber", 2));

    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, version, "ROUND_HELD", "2025-04-30"), "roundNumber", 3),
        "STEP_BEFORE_PREVIOUS",
        "input",
        "date");
    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, version, "ROUND_HELD", "2025-09"), "roundNumber", 2),
        "ROUND_OUT_OF_ORDER",
        "input",
        "roundNumber");
  }

  @Test
  void recordNegotiationStep_refusesAStepWithoutASource_aMalformedDate_andMisplacedFields() {
    String id = lifecycles.negotiation("Lifecycle talks checked for sources");

    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, 1, "LAUNCHED", "2025-03-28"), "citations", List.of()),
        "UNCITED",
        "input",
        "citations");
    lifecycles.refused(
        "recordNegotiationStep",
        lifecycles.stepInput(id, 1, "LAUNCHED", "28 March 2025"),
        "INVALID_INPUT",
        "input",
        "date");
    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, 1, "LAUNCHED", "2025-03-28"), "roundNumber", 1),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void recordNegotiationStep_refusesUnknownRecords() {
    String id = lifecycles.negotiation("Lifecycle talks with ghosts");

    lifecycles.refused(
        "recordNegotiationStep",
        lifecycles.stepInput(missing("Negotiation"), 1, "LAUNCHED", "2025"),
        "NOT_FOUND",
        "input",
        "negotiation");
    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, 1, "LAUNCHED", "2025"), "meeting", missing("Meeting")),
        "UNKNOWN_REFERENCE",
        "input",
        "meeting");
    lifecycles.refused(
        "recordNegotiationStep",
        with(
            lifecycles.stepInput(id, 1, "MANDATE_GRANTED", "2025"), "authorised", missing("Party")),
        "UNKNOWN_REFERENCE",
        "input",
        "authorised");
  }

  @Test
  void recordNegotiationStep_withAStaleVersion_isAConflict() {
    String id = lifecycles.negotiation("Lifecycle talks recorded twice");
    lifecycles.step(id, 1, "LAUNCHED", "2025-03-28", Map.of());

    lifecycles.refused(
        "recordNegotiationStep",
        with(lifecycles.stepInput(id, 1, "ROUND_HELD", "2025-05"), "roundNumber", 1),
        "CONFLICT",
        "input",
        "version");
  }

  @Test
  void removeNegotiationStep_takesAStepBack_andTheStatusWithIt() {
    String id = lifecycles.negotiation("Lifecycle talks corrected");
    int version = lifecycles.step(id, 1, "LAUNCHED", "2025-03-28", Map.of());
    version = lifecycles.step(id, version, "SUSPENDED", "2025-06", Map.of());
    String suspension =
        api.graphQl(Role.EDITOR)
            .document("query($id: ID!) { negotiation(id: $id) { steps { id } } }")
            .variable("id", id)
            .execute()
            .path("negotiation.steps[1].id")
            .entity(String.class)
            .get();

    GraphQlTester.Response removed =
        run("removeNegotiationStep", Map.of("id", suspension, "version", version));

    removed.path("removeNegotiationStep.userErrors").entityList(Object.class).hasSize(0);
    removed.path("removeNegotiationStep.negotiation.version").entity(Integer.class).isEqualTo(4);
    removed
        .path("removeNegotiationStep.negotiation.steps[*].kind")
        .entityList(String.class)
        .containsExactly("LAUNCHED");
    removed
        .path("removeNegotiationStep.negotiation.status.status")
        .entity(String.class)
        .isEqualTo("LAUNCHED");
    assertThat(lifecycles.step(id, 4, "ROUND_HELD", "2025-07", Map.of("roundNumber", 1)))
        .isEqualTo(5);
  }

  @Test
  void removeNegotiationStep_refusesToTakeBackTheLaunchThatARoundFollows() {
    String id = lifecycles.negotiation("Lifecycle talks under way");
    int version = lifecycles.step(id, 1, "LAUNCHED", "2025-03-28", Map.of());
    version = lifecycles.step(id, version, "ROUND_HELD", "2025-05", Map.of("roundNumber", 1));
    String launch =
        api.graphQl(Role.EDITOR)
            .document("query($id: ID!) { negotiation(id: $id) { steps { id } } }")
            .variable("id", id)
            .execute()
            .path("negotiation.steps[0].id")
            .entity(String.class)
            .get();

    lifecycles.refused(
        "removeNegotiationStep",
        Map.of("id", launch, "version", version),
        "ILLEGAL_STEP",
        "input",
        "id");
    lifecycles.refused(
        "removeNegotiationStep",
        Map.of("id", launch, "version", version - 1),
        "CONFLICT",
        "input",
        "version");
    lifecycles.refused(
        "removeNegotiationStep",
        Map.of("id", missing("NegotiationStep"), "version", version),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void aStep_isANode_andTheHistoryOfItsNegotiationShowsItWithItsCitations() {
    String id = lifecycles.negotiation("Lifecycle talks with a history");
    lifecycles.step(id, 1, "LAUNCHED", "2025-03-28", Map.of());

    GraphQlTester.Response negotiation =
        api.graphQl(Role.EDITOR)
            .document(
                "query($id: ID!) { negotiation(id: $id) { steps { id }"
                    + " history { table operation } } }")
            .variable("id", id)
            .execute();
    negotiation
        .path("negotiation.history[*].table")
        .entityList(String.class)
        .contains("negotiation", "negotiation_party", "negotiation_step", "citation");
    String step = negotiation.path("negotiation.steps[0].id").entity(String.class).get();
    api.graphQl(Role.EDITOR)
        .document(
            "query($id: ID!) { node(id: $id) { __typename ... on NegotiationStep {"
                + " kind negotiation { id } } } }")
        .variable("id", step)
        .execute()
        .path("node.kind")
        .entity(String.class)
        .isEqualTo("LAUNCHED")
        .path("node.negotiation.id")
        .entity(String.class)
        .isEqualTo(id);
  }

  @Test
  void theNegotiationsOfAllSteps_andTheAgreementsOfAllActions_takeOneStatementEach() {
    String id = lifecycles.negotiation("Lifecycle talks counted");
    lifecycles.step(id, 1, "LAUNCHED", "2025-03-28", Map.of());

    statements.reset();
    api.graphQl(Role.EDITOR)
        .document(
            "{ negotiations(first: 100) { nodes { steps { negotiation { id } } } }"
                + " agreements(first: 100) { nodes { actions { agreement { id } } } } }")
        .execute()
        .path("negotiations.nodes[*].steps[*].negotiation.id")
        .entityList(String.class)
        .contains(id);

    // A page of each, then one statement for the negotiations of every step and one for the
    // agreements of every action, however many there are.
    assertThat(statements.count()).isLessThanOrEqualTo(4);
  }
}
