package org.entente.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Filters of parties, people, negotiations and agreements, on the demo dossier. */
@ApiTest
class ListFilterTest {

  @Autowired Api api;

  @Test
  void statesOfCentralAsia() {
    api.graphQl()
        .document(
            "{ parties(first: 100, filter: {kinds: [STATE], regions: [\"central-asia\"]}) { totalCount nodes { name } } }")
        .execute()
        .path("parties.nodes[*].name")
        .entityList(String.class)
        .contains("Republic of Kazakhstan")
        .path("parties.nodes[?(@.name == 'European Union')]")
        .pathDoesNotExist();
  }

  @Test
  void peopleWhoHeldAnOfficeOfTheEu() {
    api.graphQl()
        .document(
            "query($eu: ID!) { people(first: 100, filter: {parties: [$eu]}) { nodes { name } } }")
        .variable("eu", api.partyId("WIKIDATA", "Q458"))
        .execute()
        .path("people.nodes[*].name")
        .entityList(String.class)
        .satisfies(
            names ->
                org.assertj.core.api.Assertions.assertThat(names)
                    .containsExactlyInAnyOrder(
                        "Federica Mogherini", "Josep Borrell", "Kaja Kallas"));
  }

  @Test
  void negotiationsOnMobilityLaunchedIn2025() {
    api.graphQl()
        .document(
            "{ negotiations(filter: {topics: [\"mobility\"], launchedFrom: \"2025-01-01\", launchedTo: \"2025-12-31\"}) { totalCount nodes { title } } }")
        .execute()
        .path("negotiations.totalCount")
        .entity(Integer.class)
        .isEqualTo(1)
        .path("negotiations.nodes[0].title")
        .entity(String.class)
        .isEqualTo("EU–Kazakhstan visa facilitation agreement negotiations");
  }

  @Test
  void anEmptyFilter_holdsEveryRecord_alsoAsOneOfAnOr() {
    for (String connection : new String[] {"meetings", "negotiations", "agreements"}) {
      GraphQlTester.Response counts =
          api.graphQl()
              .document(
                  "{ all: %1$s { totalCount } either: %1$s(filter: {or: [{}, {text: \"zzzzqx\"}]})"
                          .formatted(connection)
                      + " { totalCount } }")
              .execute();
      int all = counts.path("all.totalCount").entity(Integer.class).get();
      org.assertj.core.api.Assertions.assertThat(all).as(connection).isPositive();
      counts.path("either.totalCount").entity(Integer.class).isEqualTo(all);
    }
  }

  @Test
  void anInForceRange_holdsTheAgreementsThatEnteredIntoForceWithinIt() {
    api.graphQl()
        .document(
            "query($kz: ID!) { in2020: agreements(filter: {parties: [$kz], inForceFrom:"
                + " \"2020-01-01\", inForceTo: \"2020-12-31\"}) { nodes { shortTitle } }"
                + " in2019: agreements(filter: {parties: [$kz], inForceFrom: \"2019-01-01\","
                + " inForceTo: \"2019-12-31\"}) { totalCount } }")
        .variable("kz", api.partyId("ISO_3166_ALPHA2", "KZ"))
        .execute()
        .path("in2020.nodes[*].shortTitle")
        .entityList(String.class)
        .containsExactly("EPCA")
        .path("in2019.totalCount")
        .entity(Integer.class)
        .isEqualTo(0);
  }

  @Test
  void aSubject_holdsWordsOfTheSubjectAlone_whereTextAlsoReadsTheTitle() {
    api.graphQl()
        .document(
            "{ subject: negotiations(filter: {subject: \"Kazakhstan\"}) { nodes { title } }"
                + " text: negotiations(filter: {text: \"Kazakhstan\"}) { totalCount } }")
        .execute()
        .path("subject.nodes[*].title")
        .entityList(String.class)
        .containsExactly("EU–Kazakhstan visa facilitation agreement negotiations")
        .path("text.totalCount")
        .entity(Integer.class)
        .isEqualTo(2);
  }

  @Test
  void partnershipAgreementsOfKazakhstanSignedIn2015_inForceIn2021() {
    api.graphQl()
        .document(
            "query($kz: ID!) { agreements(filter: {parties: [$kz], kinds: [PARTNERSHIP_AND_COOPERATION], signedFrom: \"2015-01-01\", signedTo: \"2015-12-31\", status: IN_FORCE, asOf: \"2021-01-01\"}) { nodes { shortTitle } } }")
        .variable("kz", api.partyId("ISO_3166_ALPHA2", "KZ"))
        .execute()
        .path("agreements.nodes[*].shortTitle")
        .entityList(String.class)
        .containsExactly("EPCA");
  }

  @Test
  void anEmptyOr_isRefused_ratherThanHoldingEverything() {
    for (String connection : new String[] {"meetings", "negotiations", "agreements"}) {
      api.graphQl()
          .document("{ %s(filter: {or: []}) { totalCount } }".formatted(connection))
          .execute()
          .errors()
          .expect(
              error ->
                  "or takes at least one filter: an empty or would hold nothing"
                      .equals(error.getMessage()))
          .verify();
    }
  }

  @Test
  void aStatusDateWithoutAStatus_isRefused() {
    api.graphQl()
        .document("{ agreements(filter: {asOf: \"2021-01-01\"}) { nodes { title } } }")
        .execute()
        .errors()
        .expect(error -> "asOf dates a status: give the status too".equals(error.getMessage()))
        .verify();
  }

  @Test
  void agreementsInForceOrTerminated_butNotTheEpca() {
    api.graphQl()
        .document(
            "query($kz: ID!) { agreements(filter: {parties: [$kz], or: [{status: IN_FORCE}, {status: TERMINATED}], not: {signedFrom: \"2015-01-01\"}}) { nodes { shortTitle } } }")
        .variable("kz", api.partyId("ISO_3166_ALPHA2", "KZ"))
        .execute()
        .path("agreements.nodes[*].shortTitle")
        .entityList(String.class)
        .containsExactly("PCA");
  }

  @Test
  void negotiationsNotYetLaunched_orConcluded_combine() {
    api.graphQl()
        .document(
            "{ negotiations(filter: {and: [{topics: [\"economy\"]}], or: [{status: CONCLUDED}, {status: INITIALLED}]}) { nodes { title } } }")
        .execute()
        .path("negotiations.nodes[*].title")
        .entityList(String.class)
        .contains(
            "Negotiation of the EU–Kazakhstan Enhanced Partnership and Cooperation Agreement");
  }
}
