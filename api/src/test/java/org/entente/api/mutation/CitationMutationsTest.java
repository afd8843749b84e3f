package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.missing;

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
 * Citing sources for facts, and taking citations back, through the API: each is checked against the
 * version of the record it changes, and a fact that must be cited keeps its last citation.
 */
@ApiTest
class CitationMutationsTest {

  private static final String PAYLOAD =
      "citation { id passage source { id } }"
          + " subject { __typename id"
          + " ... on Negotiation { version citations { id } }"
          + " ... on NegotiationStep { citations { id } negotiation { version } }"
          + " ... on Agreement { version citations { id } }"
          + " ... on AgreementAction { citations { id } agreement { version } } } "
          + Lifecycles.USER_ERRORS;

  @Autowired Api api;
  @Autowired DatabaseState database;

  private Lifecycles lifecycles;
  private String source;

  @BeforeEach
  void setUp() {
    lifecycles = new Lifecycles(api, database);
    source = lifecycles.source();
  }

  private GraphQlTester.Response attach(String subject, int version, String passage) {
    return lifecycles.run(
        "attachCitation",
        Map.of("subject", subject, "version", version, "source", source, "passage", passage),
        PAYLOAD);
  }

  private GraphQlTester.Response detach(String citation, int version) {
    return lifecycles.run("detachCitation", Map.of("id", citation, "version", version), PAYLOAD);
  }

  private String firstStep(String negotiation) {
    return api.graphQl(Role.EDITOR)
        .document("query($id: ID!) { negotiation(id: $id) { steps { id citations { id } } } }")
        .variable("id", negotiation)
        .execute()
        .path("negotiation.steps[0].id")
        .entity(String.class)
        .get();
  }

  @Test
  void attachCitation_toANegotiation_raisesItsVersion_andAnswersTheCitationAndTheNegotiation() {
    String negotiation = lifecycles.negotiation("Lifecycle talks cited later");

    GraphQlTester.Response attached = attach(negotiation, 1, "talks will open in spring");

    attached.path("attachCitation.userErrors").entityList(Object.class).hasSize(0);
    attached
        .path("attachCitation.citation.passage")
        .entity(String.class)
        .isEqualTo("talks will open in spring");
    attached.path("attachCitation.citation.source.id").entity(String.class).isEqualTo(source);
    attached
        .path("attachCitation.subject.__typename")
        .entity(String.class)
        .isEqualTo("Negotiation");
    attached.path("attachCitation.subject.id").entity(String.class).isEqualTo(negotiation);
    attached.path("attachCitation.subject.version").entity(Integer.class).isEqualTo(2);
    attached
        .path("attachCitation.subject.citations[*].id")
        .entityList(String.class)
        .containsExactly(attached.path("attachCitation.citation.id").entity(String.class).get());
  }

  @Test
  void attachCitation_toAStep_isCheckedAgainstTheVersionOfItsNegotiation() {
    String negotiation = lifecycles.negotiation("Lifecycle talks with a cited launch");
    int version = lifecycles.step(negotiation, 1, "LAUNCHED", "2025-03-28", Map.of());
    String step = firstStep(negotiation);

    lifecycles.refused(
        "attachCitation",
        Map.of("subject", step, "version", 1, "source", source),
        "CONFLICT",
        "input",
        "version");
    GraphQlTester.Response attached = attach(step, version, "the talks were launched");

    attached.path("attachCitation.userErrors").entityList(Object.class).hasSize(0);
    attached
        .path("attachCitation.subject.__typename")
        .entity(String.class)
        .isEqualTo("NegotiationStep");
    attached.path("attachCitation.subject.citations").entityList(Object.class).hasSize(2);
    attached
        .path("attachCitation.subject.negotiation.version")
        .entity(Integer.class)
        .isEqualTo(version + 1);
  }

  @Test
  void attachCitation_toAnAgreementAndAnAction_raisesTheAgreementsVersion() {
    String agreement =
        lifecycles.agreement(
            "Lifecycle treaty cited later",
            lifecycles.party(Lifecycles.FIRST),
            lifecycles.party(Lifecycles.SECOND));
    int version = lifecycles.action(agreement, 1, "SIGNED", "2019-04", Map.of());
    String action =
        api.graphQl(Role.EDITOR)
            .document("query($id: ID!) { agreement(id: $id) { actions { id } } }")
            .variable("id", agreement)
            .execute()
            .path("agreement.actions[0].id")
            .entity(String.class)
            .get();

    attach(agreement, version, "the treaty exists")
        .path("attachCitation.subject.version")
        .entity(Integer.class)
        .isEqualTo(version + 1);
    GraphQlTester.Response onTheAction = attach(action, version + 1, "it was signed");
    onTheAction
        .path("attachCitation.subject.__typename")
        .entity(String.class)
        .isEqualTo("AgreementAction");
    onTheAction
        .path("attachCitation.subject.agreement.version")
        .entity(Integer.class)
        .isEqualTo(version + 2);
  }

  @Test
  void attachCitation_refusesWhatCannotBeCited_andUnknownRecords() {
    String negotiation = lifecycles.negotiation("Lifecycle talks cited wrongly");
    String party = lifecycles.party(Lifecycles.OUTSIDER);
    Map<String, Object> attach = Map.of("subject", negotiation, "version", 1, "source", source);

    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "subject", party),
        "INVALID_ID",
        "input",
        "subject");
    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "subject", "not-an-id"),
        "INVALID_ID",
        "input",
        "subject");
    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "subject", missing("NegotiationStep")),
        "NOT_FOUND",
        "input",
        "subject");
    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "subject", missing("Negotiation")),
        "NOT_FOUND",
        "input",
        "subject");
    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "source", missing("Source")),
        "UNKNOWN_REFERENCE",
        "input",
        "source");
    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "source", party),
        "INVALID_ID",
        "input",
        "source");
    lifecycles.refused(
        "attachCitation",
        Lifecycles.with(attach, "passage", " "),
        "INVALID_INPUT",
        "input",
        "passage");
  }

  @Test
  void attachCitation_toAMeetingStatementOrTenure_isCheckedAgainstItsOwnVersion() {
    GraphQlTester.Response demo =
        api.graphQl(Role.EDITOR)
            .document("{ meetings(first: 10) { nodes { id statements { id } } } }")
            .execute();
    String meeting = demo.path("meetings.nodes[0].id").entity(String.class).get();
    String statement =
        demo.path("meetings.nodes[*].statements[*].id").entityList(String.class).get().get(0);

    for (String subject : List.of(meeting, statement, Api.globalId("Tenure", 1))) {
      lifecycles.refused(
          "attachCitation",
          Map.of("subject", subject, "version", 99, "source", source),
          "CONFLICT",
          "input",
          "version");
    }
    for (String type : List.of("Meeting", "Statement", "Tenure")) {
      lifecycles.refused(
          "attachCitation",
          Map.of("subject", missing(type), "version", 1, "source", source),
          "NOT_FOUND",
          "input",
          "subject");
    }
  }

  @Test
  void detachCitation_takesTheCitationBack_andAnswersWhatItSupported() {
    String negotiation = lifecycles.negotiation("Lifecycle talks cited by mistake");
    String citation =
        attach(negotiation, 1, "a mistaken passage")
            .path("attachCitation.citation.id")
            .entity(String.class)
            .get();

    GraphQlTester.Response detached = detach(citation, 2);

    detached.path("detachCitation.userErrors").entityList(Object.class).hasSize(0);
    detached.path("detachCitation.citation").valueIsNull();
    detached.path("detachCitation.subject.id").entity(String.class).isEqualTo(negotiation);
    detached.path("detachCitation.subject.version").entity(Integer.class).isEqualTo(3);
    detached.path("detachCitation.subject.citations").entityList(Object.class).hasSize(0);
    lifecycles.refused(
        "detachCitation", Map.of("id", citation, "version", 3), "NOT_FOUND", "input", "id");
  }

  @Test
  void detachCitation_keepsTheLastCitationOfAStep_untilAnotherIsAttached() {
    String negotiation = lifecycles.negotiation("Lifecycle talks with one source");
    int version = lifecycles.step(negotiation, 1, "LAUNCHED", "2025-03-28", Map.of());
    String step = firstStep(negotiation);
    String only =
        api.graphQl(Role.EDITOR)
            .document(
                "query($id: ID!) { node(id: $id) { ... on NegotiationStep { citations { id } } } }")
            .variable("id", step)
            .execute()
            .path("node.citations[0].id")
            .entity(String.class)
            .get();

    lifecycles.refused(
        "detachCitation", Map.of("id", only, "version", version), "UNCITED", "input", "id");
    lifecycles.refused(
        "detachCitation",
        Map.of("id", only, "version", version - 1),
        "CONFLICT",
        "input",
        "version");
    attach(step, version, "a better source");
    GraphQlTester.Response detached = detach(only, version + 1);
    detached.path("detachCitation.userErrors").entityList(Object.class).hasSize(0);
    detached.path("detachCitation.subject.citations").entityList(Object.class).hasSize(1);
    detached
        .path("detachCitation.subject.negotiation.version")
        .entity(Integer.class)
        .isEqualTo(version + 2);
  }

  @Test
  void aRetriedDetach_withTheSameIdempotencyKey_answersWhatTheFirstOneDid() {
    String negotiation = lifecycles.negotiation("Lifecycle talks detached twice");
    String citation =
        attach(negotiation, 1, "a passage")
            .path("attachCitation.citation.id")
            .entity(String.class)
            .get();
    String key = UUID.randomUUID().toString();

    List<String> subjects =
        List.of(1, 2).stream()
            .map(
                attempt ->
                    api.graphQl(Role.EDITOR)
                        .mutate()
                        .header("Idempotency-Key", key)
                        .build()
                        .document(
                            "mutation($id: ID!) { detachCitation(input: {id: $id, version: 2}) {"
                                + " subject { id } userErrors { code } } }")
                        .variable("id", citation)
                        .execute()
                        .path("detachCitation.subject.id")
                        .entity(String.class)
                        .get())
            .toList();

    assertThat(subjects).containsExactly(negotiation, negotiation);
  }
}
