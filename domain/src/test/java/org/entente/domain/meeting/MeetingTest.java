package org.entente.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;

class MeetingTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final PartyId UZ = new PartyId(3);
  private static final PersonId KALLAS = new PersonId(3);
  private static final PersonId NURTLEU = new PersonId(7);
  private static final OfficeId HIGH_REPRESENTATIVE = new OfficeId(1);
  private static final List<Citation> AKORDA = List.of(new Citation(null, new SourceId(1), null));

  @Test
  void aMeetingBetweenTwoParties_keepsItsSidesAndParticipants() {
    Participant kallas = participant(KALLAS, EU);
    Participant nurtleu = participant(NURTLEU, KZ);

    Meeting meeting = meeting(List.of(EU, KZ), List.of(kallas, nurtleu));

    assertThat(meeting.partyIds()).containsExactly(EU, KZ);
    assertThat(meeting.participants()).containsExactly(kallas, nurtleu);
    assertThat(meeting.tookPart(KALLAS)).isTrue();
    assertThat(meeting.tookPart(new PersonId(99))).isFalse();
  }

  @Test
  void aMeeting_needsTwoParties() {
    assertRefused(() -> meeting(List.of(EU), List.of()), "TOO_FEW_PARTIES", "parties");
  }

  @Test
  void aMeeting_countsAPartyNamedTwiceOnce() {
    assertRefused(() -> meeting(List.of(EU, EU), List.of()), "TOO_FEW_PARTIES", "parties");
    assertThat(meeting(List.of(EU, KZ, EU), List.of()).partyIds()).containsExactly(EU, KZ);
  }

  @Test
  void aParticipant_mustRepresentOneOfTheMeetingsSides() {
    assertRefused(
        () -> meeting(List.of(EU, KZ), List.of(participant(KALLAS, EU), participant(NURTLEU, UZ))),
        "NOT_A_SIDE",
        "participants",
        "1",
        "party");
  }

  @Test
  void aPerson_takesPartInAMeetingOnce() {
    Participant asHost = new Participant(KALLAS, ParticipantRole.HOST, HIGH_REPRESENTATIVE, EU);
    Participant asChair = new Participant(KALLAS, ParticipantRole.CO_CHAIR, null, EU);

    assertRefused(
        () -> meeting(List.of(EU, KZ), List.of(asHost, asChair)),
        "DUPLICATE_PARTICIPANT",
        "participants",
        "1",
        "person");
  }

  @Test
  void aMeeting_citesAtLeastOneSource() {
    assertRefused(
        () ->
            new Meeting(
                null,
                "Unreported meeting",
                MeetingKind.PHONE_CALL,
                MeetingStatus.HELD,
                PartialDate.unknown(),
                null,
                null,
                List.of(EU, KZ),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
        "UNCITED",
        "citations");
  }

  private static void assertRefused(ThrowingCallable call, String code, String... path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo(code);
              assertThat(violation.path()).containsExactly(path);
            });
  }

  private static Participant participant(PersonId person, PartyId party) {
    return new Participant(person, ParticipantRole.HEAD_OF_DELEGATION, null, party);
  }

  private static Meeting meeting(List<PartyId> parties, List<Participant> participants) {
    return new Meeting(
        null,
        "EU–Central Asia ministerial meeting",
        MeetingKind.MINISTERIAL,
        MeetingStatus.HELD,
        PartialDate.parse("2025-03-28"),
        new Place("Almaty", KZ),
        null,
        parties,
        participants,
        List.of(),
        List.of(),
        AKORDA);
  }
}
