package org.entente.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.dossier.Dossier.CitationEntry;
import org.entente.domain.dossier.Dossier.MeetingEntry;
import org.entente.domain.dossier.Dossier.NegotiatingPartyEntry;
import org.entente.domain.dossier.Dossier.NegotiationEntry;
import org.entente.domain.dossier.Dossier.OfficeEntry;
import org.entente.domain.dossier.Dossier.ParticipantEntry;
import org.entente.domain.dossier.Dossier.PartyEntry;
import org.entente.domain.dossier.Dossier.PersonEntry;
import org.entente.domain.dossier.Dossier.SourceEntry;
import org.entente.domain.dossier.Dossier.StatementEntry;
import org.entente.domain.dossier.Dossier.StepEntry;
import org.entente.domain.dossier.Dossier.TenureEntry;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.PartyKind;
import org.junit.jupiter.api.Test;

class DossierCheckTest {

  private static final List<CitationEntry> CITED = List.of(new CitationEntry("wire", null));
  private static final Set<String> TOPICS = Set.of("trade");
  private static final Set<String> REGIONS = Set.of("europe");

  private final List<SourceEntry> sources =
      new ArrayList<>(List.of(new SourceEntry("wire", "Wire", "Report", null, "en", null, null)));
  private final List<PartyEntry> parties =
      new ArrayList<>(
          List.of(
              party("north", PartyKind.INTERNATIONAL_ORGANISATION, null),
              party("south", PartyKind.INTERNATIONAL_ORGANISATION, null)));
  private final List<PersonEntry> people =
      new ArrayList<>(
          List.of(
              new PersonEntry("ana", "Ana", List.of(), List.of()),
              new PersonEntry("sol", "Sol", List.of(), List.of())));
  private final List<OfficeEntry> offices =
      new ArrayList<>(List.of(new OfficeEntry("chair", "Chair", "north", true, List.of())));
  private final List<TenureEntry> tenures =
      new ArrayList<>(List.of(new TenureEntry("ana", "chair", date("2020"), null, CITED)));
  private final List<MeetingEntry> meetings =
      new ArrayList<>(List.of(meeting("summit", "2024-05")));
  private final List<NegotiationEntry> negotiations = new ArrayList<>();

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  private static PartyEntry party(String key, PartyKind kind, String parent) {
    return new PartyEntry(key, kind, key, null, null, parent, List.of("europe"), List.of());
  }

  private static MeetingEntry meeting(String key, String date) {
    return meeting(
        key,
        date,
        List.of("north", "south"),
        List.of(new ParticipantEntry("ana", ParticipantRole.HOST, "chair", "north")),
        List.of(),
        CITED);
  }

  private static MeetingEntry meeting(
      String key,
      String date,
      List<String> sides,
      List<ParticipantEntry> participants,
      List<StatementEntry> statements,
      List<CitationEntry> citations) {
    return new MeetingEntry(
        key,
        "Meeting " + key,
        MeetingKind.SUMMIT,
        MeetingStatus.HELD,
        date(date),
        null,
        null,
        sides,
        participants,
        List.of("trade"),
        statements,
        List.of(),
        citations);
  }

  private static StepEntry step(NegotiationStep.Kind kind, String date, Integer round) {
    return new StepEntry(kind, date(date), null, round, null, null, null, null, CITED);
  }

  private List<DossierProblem> problems() {
    return DossierCheck.check(
        new Dossier(
            "test",
            List.of(),
            sources,
            parties,
            people,
            offices,
            tenures,
            meetings,
            List.of(),
            negotiations),
        TOPICS,
        REGIONS);
  }

  @Test
  void aDossierThatKeepsEveryRule_hasNoProblem() {
    assertThat(problems()).isEmpty();
  }

  @Test
  void aReferenceToNothing_isAProblem_andTheEntrysOtherRulesAreStillChecked() {
    meetings.add(
        meeting(
            "talks",
            "2024-06",
            List.of("north", "atlantis"),
            List.of(new ParticipantEntry("ana", ParticipantRole.HOST, "chair", "north")),
            List.of(),
            List.of()));

    assertThat(problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(
            tuple("meetings[1].citations", "UNCITED"),
            tuple("meetings[1].parties[1]", "UNKNOWN_REFERENCE"));
  }

  @Test
  void everyRuleBrokenAcrossEntries_isAProblemAtItsField() {
    parties.add(party("north", PartyKind.STATE, null));
    tenures.add(new TenureEntry("sol", "chair", date("2021"), null, CITED));
    meetings.add(
        meeting(
            "early",
            "2019-05-02",
            List.of("north", "south"),
            List.of(new ParticipantEntry("ana", ParticipantRole.HOST, "chair", "north")),
            List.of(new StatementEntry("sol", StatementKind.QUOTE, "Hello", List.of(), CITED)),
            CITED));
    negotiations.add(
        new NegotiationEntry(
            "talks",
            "Talks",
            null,
            List.of(
                new NegotiatingPartyEntry("north", null), new NegotiatingPartyEntry("south", null)),
            List.of("trade"),
            List.of(
                step(NegotiationStep.Kind.LAUNCHED, "2024-01", null),
                step(NegotiationStep.Kind.ROUND_HELD, "2024-02", 2),
                step(NegotiationStep.Kind.ROUND_HELD, "2024-03", 1)),
            null,
            null,
            null,
            CITED));

    assertThat(problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(
            tuple("parties[2].key", "DUPLICATE_KEY"),
            tuple("tenures[1]", "TENURE_OVERLAP"),
            tuple("meetings[1].participants[0].office", "OFFICE_NOT_HELD"),
            tuple("meetings[1].statements[0].person", "NOT_A_PARTICIPANT"),
            tuple("negotiations[0].steps[2].round", "ROUND_OUT_OF_ORDER"));
  }

  @Test
  void aTargetDateWhoseTargetIsNotSet_isAProblem_ratherThanLeftOut() {
    for (TargetDate.Setting setting : new TargetDate.Setting[] {null, TargetDate.Setting.NOT_SET}) {
      negotiations.add(
          new NegotiationEntry(
              "talks-" + setting,
              "Talks",
              null,
              List.of(
                  new NegotiatingPartyEntry("north", null),
                  new NegotiatingPartyEntry("south", null)),
              List.of("trade"),
              List.of(step(NegotiationStep.Kind.LAUNCHED, "2024-01", null)),
              setting,
              date("2026-06"),
              null,
              CITED));
    }

    assertThat(problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(
            tuple("negotiations[0].targetDate", "INVALID_INPUT"),
            tuple("negotiations[1].targetDate", "INVALID_INPUT"));
    assertThat(problems())
        .extracting(DossierProblem::message)
        .containsOnly("a target date has a known date exactly when it is SET");
  }

  @Test
  void aPartyThatBelongsToItselfThroughAnother_isACycle() {
    parties.add(party("council", PartyKind.INSTITUTION, "office"));
    parties.add(party("office", PartyKind.INSTITUTION, "council"));

    assertThat(problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(
            tuple("parties[2].parent", DossierCheck.PARTY_CYCLE),
            tuple("parties[3].parent", DossierCheck.PARTY_CYCLE));
  }

  @Test
  void aTopicOrRegionThatIsNeitherOnRecordNorInTheDossier_isUnknown() {
    parties.add(
        new PartyEntry(
            "east", PartyKind.STATE, "East", null, null, null, List.of("atlantis"), List.of()));

    assertThat(
            DossierCheck.check(
                new Dossier(
                    " ", List.of(), sources, parties, people, offices, tenures, meetings, null,
                    null),
                Set.of(),
                REGIONS))
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(
            tuple("name", DossierProblem.REQUIRED),
            tuple("parties[2].regions[0]", "UNKNOWN_REFERENCE"),
            tuple("meetings[0].topics[0]", "UNKNOWN_REFERENCE"));
  }
}
