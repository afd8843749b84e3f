package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The questions of DESIGN.md, asked of the running server with the documents a user would send. */
@ApiTest
class QuestionsTest {

  private static final String VISA = "party.negotiations[?(@.title =~ /.*visa facilitation.*/i)]";
  private static final String EPCA = "party.agreements[?(@.shortTitle == 'EPCA')]";
  private static final String PCA = "party.agreements[?(@.shortTitle == 'PCA')]";

  @Autowired Api api;

  @Test
  void question1_whatKazakhstanAndTheEuDidTogether_isOneTimelineInDateOrder() {
    var response =
        api.graphQl()
            .documentName("question-1-what-kazakhstan-and-the-eu-did")
            .variable(
                "between",
                List.of(api.partyId("ISO_3166_ALPHA2", "KZ"), api.partyId("WIKIDATA", "Q458")))
            .execute();
    response.path("relationship.timeline.nodes[*].__typename").entityList(String.class).hasSize(17);
    response.path("relationship.timeline.totalCount").entity(Integer.class).isEqualTo(17);
    // Known dates in order; the steps and actions of unknown date come last.
    response
        .path("relationship.timeline.nodes[0:4].title")
        .entityList(String.class)
        .containsExactly("Sixth round of EPCA negotiations");
    response
        .path("relationship.timeline.nodes[*].date.text")
        .entityList(String.class)
        .satisfies(
            dates ->
                assertThat(dates.subList(0, 10))
                    .containsExactly(
                        "1999",
                        "2014-05-13/2014-05-14",
                        "2014-05-13/2014-05-14",
                        "2014-09/2014-11",
                        "2015-12-21",
                        "2015-12-21",
                        "2020-01",
                        "2020-03-01",
                        "2020-03-01",
                        "2025-03"));
    response
        .path("relationship.timeline.nodes[?(@.__typename == 'Meeting')].title")
        .entityList(String.class)
        .contains("Tokayev–Kallas meeting in Almaty");
    response
        .path("relationship.years[?(@.year == 2025)].meetings")
        .entityList(Integer.class)
        .containsExactly(3);
    response
        .path("relationship.topics[?(@.topic.code == 'middle-corridor')].meetings")
        .entityList(Integer.class)
        .containsExactly(1);
  }

  @Test
  void question2_visaFacilitationTalks_areLaunchedSinceTheAlmatyMeeting() {
    var response =
        api.graphQl()
            .documentName("question-2-visa-facilitation-status")
            .variable("earlier", "2025-03-27")
            .execute();
    response.path(VISA + ".status.status").entityList(String.class).containsExactly("LAUNCHED");
    response
        .path(VISA + ".status.since.text")
        .entityList(String.class)
        .containsExactly("2025-03-28");
    response
        .path(VISA + ".steps[?(@.kind == 'LAUNCHED')].meeting.title")
        .entityList(String.class)
        .containsExactly("Tokayev–Kallas meeting in Almaty");
    // The mandate's date is not reported: the record says so, instead of guessing a date.
    response
        .path(VISA + ".steps[?(@.kind == 'MANDATE_GRANTED')].date.precision")
        .entityList(String.class)
        .containsExactly("UNKNOWN");
    response
        .path(VISA + ".steps[?(@.kind == 'MANDATE_GRANTED')].authorisedBy.name")
        .entityList(String.class)
        .containsExactly("Council of the European Union");
    response.path(VISA + ".target.setting").entityList(String.class).containsExactly("NOT_SET");
    response
        .path(VISA + ".parties[*].negotiator.name")
        .entityList(String.class)
        .contains("European Commission");
    // The day before the launch nothing had certainly happened yet: the mandate's date is unknown.
    response.path(VISA + ".earlier").entityList(Object.class).containsExactly((Object) null);
    response
        .path(VISA + ".statusHistory[*].status")
        .entityList(String.class)
        .containsExactly("MANDATE_GRANTED", "LAUNCHED");
  }

  @Test
  void question2_onTheDayOfTheAlmatyMeeting_theTalksAreLaunched() {
    api.graphQl()
        .documentName("question-2-visa-facilitation-status")
        .variable("earlier", "2025-03-28")
        .execute()
        .path(VISA + ".earlier.status")
        .entityList(String.class)
        .containsExactly("LAUNCHED");
  }

  @Test
  void question3_theEpcaIsInForceSinceMarch2020_andWasTheFirstOfItsKindInCentralAsia() {
    var response = api.graphQl().documentName("question-3-agreements-in-force").execute();
    response.path(EPCA + ".status.status").entityList(String.class).containsExactly("IN_FORCE");
    response
        .path(EPCA + ".status.since.text")
        .entityList(String.class)
        .containsExactly("2020-03-01");
    response
        .path(EPCA + ".status.parties[*].status")
        .entityList(String.class)
        .containsExactly("IN_FORCE", "IN_FORCE");
    response
        .path(EPCA + ".firstInRegion.name")
        .entityList(String.class)
        .containsExactly("Central Asia");
    response.path(EPCA + ".replaces.shortTitle").entityList(String.class).containsExactly("PCA");
    response.path(EPCA + ".negotiation.title").entityList(String.class).hasSize(1);
    response.path(PCA + ".status.status").entityList(String.class).containsExactly("TERMINATED");
  }

  @Test
  void question3_beforeMarch2020_thePcaWasInForce_andTheEpcaOnlySigned() {
    var response =
        api.graphQl()
            .documentName("question-3-agreements-in-force")
            .variable("asOf", "2019-06-30")
            .execute();
    response.path(PCA + ".status.status").entityList(String.class).containsExactly("IN_FORCE");
    response.path(PCA + ".status.since.text").entityList(String.class).containsExactly("1999");
    response.path(EPCA + ".status.status").entityList(String.class).containsExactly("SIGNED");
    response
        .path(EPCA + ".status.since.text")
        .entityList(String.class)
        .containsExactly("2015-12-21");
  }

  @Test
  void question4_theAlmatyMeetingDiscussedTheMiddleCorridorAndEnergy_withItsParticipantsOffices() {
    var response = api.graphQl().documentName("question-4-meetings-on-topics").execute();
    response.path("meetings.totalCount").entity(Integer.class).isEqualTo(1);
    String almaty = "meetings.nodes[?(@.title == 'Tokayev–Kallas meeting in Almaty')]";
    response
        .path(almaty + ".topics[*].code")
        .entityList(String.class)
        .contains("middle-corridor", "energy");
    response
        .path(almaty + ".topics[?(@.code == 'middle-corridor')].parent.code")
        .entityList(String.class)
        .containsExactly("infrastructure");
    response
        .path(almaty + ".participants[*].office.name")
        .entityList(String.class)
        .containsExactly(
            "President of the Republic of Kazakhstan",
            "High Representative of the Union for Foreign Affairs and Security Policy");
    response.path(almaty + ".date.text").entityList(String.class).containsExactly("2025-03-28");
  }

  @Test
  void question5_tokayevOnInternationalInstability_atAlmaty_reportedByTheAstanaTimes() {
    var response = api.graphQl().documentName("question-5-tokayev-on-instability").execute();
    String instability =
        "people.nodes[?(@.name == 'Kassym-Jomart Tokayev')].statements[?(@.text =~ /.*instability.*/i)]";
    response
        .path(instability + ".meeting.title")
        .entityList(String.class)
        .containsExactly("Tokayev–Kallas meeting in Almaty");
    List<String> publishers =
        response
            .path(instability + ".citations[*].source.publisher")
            .entityList(String.class)
            .get();
    assertThat(publishers).contains("The Astana Times");
    response
        .path(instability + ".citations[*].passage")
        .entityList(String.class)
        .satisfies(
            passages ->
                assertThat(passages)
                    .anyMatch(
                        passage ->
                            passage != null && passage.contains("international instability")));
  }

  @Test
  void question6_theHighRepresentativeOnADate() {
    Map<String, String> holders =
        Map.of(
            "2019-11-30",
            "Federica Mogherini",
            "2020-01-01",
            "Josep Borrell",
            "2025-03-28",
            "Kaja Kallas");
    holders.forEach(
        (date, holder) ->
            api.graphQl()
                .documentName("question-6-high-representative-on-a-date")
                .variable("asOf", date)
                .execute()
                .path("party.offices[?(@.name =~ /High Representative.*/)].holder.name")
                .entityList(String.class)
                .containsExactly(holder));
  }

  @Test
  void question7_visaKallasAlmaty_findsTheMeetingTheStatementAndTheNegotiation() {
    var response =
        api.graphQl()
            .documentName("question-7-search")
            .variable("text", "visa Kallas Almaty")
            .execute();
    response
        .path("search[?(@.node.__typename == 'Meeting')].node.title")
        .entityList(String.class)
        .contains("Tokayev–Kallas meeting in Almaty");
    response
        .path("search[?(@.node.__typename == 'Statement')].node.text")
        .entityList(String.class)
        .satisfies(
            texts -> assertThat(texts).anyMatch(text -> text.toLowerCase().contains("visa")));
    response
        .path("search[?(@.node.__typename == 'Negotiation')].node.title")
        .entityList(String.class)
        .satisfies(
            titles ->
                assertThat(titles)
                    .anyMatch(title -> title.toLowerCase().contains("visa facilitation")));
    response
        .path("search[*].snippet")
        .entityList(String.class)
        .satisfies(snippets -> assertThat(snippets).anyMatch(snippet -> snippet.contains("«")));
  }

  @Test
  void question7_theArticlesMisspelling_stillFindsKajaKallas() {
    api.graphQl()
        .documentName("question-7-search")
        .variable("text", "Kalla")
        .execute()
        .path("search[0].node.name")
        .entity(String.class)
        .isEqualTo("Kaja Kallas");
  }

  @Test
  void question7_aTopicsOtherName_findsTheTopic() {
    api.graphQl()
        .documentName("question-7-search")
        .variable("text", "Trans-Caspian corridor")
        .execute()
        .path("search[?(@.node.__typename == 'Topic')].node.code")
        .entityList(String.class)
        .contains("middle-corridor");
  }
}
