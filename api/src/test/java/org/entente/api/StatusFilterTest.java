package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Filtering by status runs in SQL, deriving statuses from steps and actions as the domain does: for
 * every status on every date, the filter selects exactly the records whose derived status it is.
 */
@ApiTest
class StatusFilterTest {

  private static final List<String> NEGOTIATION_STATUSES =
      List.of(
          "PROPOSED",
          "MANDATE_GRANTED",
          "LAUNCHED",
          "SUSPENDED",
          "CONCLUDED",
          "INITIALLED",
          "ABANDONED");
  private static final List<String> AGREEMENT_STATUSES =
      List.of(
          "NOT_SIGNED", "SIGNED", "PROVISIONALLY_APPLIED", "IN_FORCE", "SUSPENDED", "TERMINATED");

  @Autowired Api api;

  private static boolean recorded;

  /**
   * Besides the demo dossier, an agreement that entered into force on a date no source gives: the
   * domain counts that entry on no date, and so must the filter.
   */
  @BeforeEach
  void recordAnAgreementInForceFromAnUnknownDate() {
    if (recorded) {
      return;
    }
    recorded = true;
    GraphQlTester editor = api.graphQl(Role.EDITOR);
    String source = Api.source(editor);
    String id =
        editor
            .document(
                "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) {"
                    + " agreement { id } } }")
            .variable(
                "input",
                Map.of(
                    "title",
                    "Agreement in force from an unknown date " + UUID.randomUUID(),
                    "kind",
                    "TRADE",
                    "parties",
                    List.of(
                        api.newParty("Unknown Effect Union"),
                        api.newParty("Unknown Effect League"))))
            .execute()
            .path("createAgreement.agreement.id")
            .entity(String.class)
            .get();
    Map<String, Object> signed =
        Map.of(
            "agreement",
            id,
            "version",
            1,
            "kind",
            "SIGNED",
            "date",
            "2015-06-01",
            "citations",
            List.of(Map.of("source", source)));
    Map<String, Object> inForce = new HashMap<>(signed);
    inForce.putAll(
        Map.of(
            "version",
            2,
            "kind",
            "ENTERED_INTO_FORCE",
            "date",
            "2016-05-01",
            "effective",
            "unknown"));
    for (Map<String, Object> action : List.of(signed, inForce)) {
      editor
          .document(
              "mutation($input: RecordAgreementActionInput!) { recordAgreementAction(input:"
                  + " $input) { userErrors { code message } } }")
          .variable("input", action)
          .execute()
          .path("recordAgreementAction.userErrors")
          .entityList(Object.class)
          .hasSize(0);
    }
  }

  private Map<String, Object> variables(String asOf) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("asOf", asOf);
    return variables;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1998-01-01",
        "2014-06-01",
        "2015-01-01",
        "2016-01-01",
        "2020-02-15",
        "2020-03-01",
        "2025-03-27",
        "2025-03-28",
        "2030-01-01"
      })
  void negotiationStatusFilter_selectsExactlyTheNegotiationsWithThatDerivedStatus(String asOf) {
    List<Map<String, Object>> all =
        api.graphQl()
            .document(
                "query($asOf: Date) { negotiations(first: 100) { nodes { title status(asOf: $asOf) { status } } } }")
            .variables(variables(asOf))
            .execute()
            .path("negotiations.nodes")
            .entityList(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
            .get();
    for (String status : NEGOTIATION_STATUSES) {
      List<String> expected =
          all.stream()
              .filter(
                  node ->
                      node.get("status") instanceof Map<?, ?> standing
                          && status.equals(standing.get("status")))
              .map(node -> (String) node.get("title"))
              .toList();
      api.graphQl()
          .document(
              "query($status: NegotiationStatus, $asOf: Date) { negotiations(first: 100, filter: {status: $status, asOf: $asOf}) { nodes { title } } }")
          .variable("status", status)
          .variable("asOf", asOf)
          .execute()
          .path("negotiations.nodes[*].title")
          .entityList(String.class)
          .satisfies(
              titles ->
                  assertThat(titles)
                      .as(status + " on " + asOf)
                      .containsExactlyInAnyOrderElementsOf(expected));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1998-01-01",
        "2000-01-01",
        "2015-12-21",
        "2016-01-01",
        "2020-02-15",
        "2020-03-01",
        "2024-06-15",
        "2030-01-01"
      })
  void agreementStatusFilter_selectsExactlyTheAgreementsWithThatDerivedStatus(String asOf) {
    List<Map<String, Object>> all =
        api.graphQl()
            .document(
                "query($asOf: Date) { agreements(first: 100) { nodes { title status(asOf: $asOf) { status } } } }")
            .variables(variables(asOf))
            .execute()
            .path("agreements.nodes")
            .entityList(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
            .get();
    assertThat(all).isNotEmpty();
    for (String status : AGREEMENT_STATUSES) {
      List<String> expected =
          all.stream()
              .filter(node -> status.equals(((Map<?, ?>) node.get("status")).get("status")))
              .map(node -> (String) node.get("title"))
              .toList();
      api.graphQl()
          .document(
              "query($status: AgreementStatus, $asOf: Date) { agreements(first: 100, filter: {status: $status, asOf: $asOf}) { nodes { title } } }")
          .variable("status", status)
          .variable("asOf", asOf)
          .execute()
          .path("agreements.nodes[*].title")
          .entityList(String.class)
          .satisfies(
              titles ->
                  assertThat(titles)
                      .as(status + " on " + asOf)
                      .containsExactlyInAnyOrderElementsOf(expected));
    }
  }
}
