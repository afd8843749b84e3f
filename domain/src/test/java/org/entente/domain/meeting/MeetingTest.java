package org.entente.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.PartialDate;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class MeetingTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final PartyId UZ = new PartyId(3);
  private static final PersonId KALLAS = new PersonId(3);
  private static final PersonId NURTLEU = new PersonId(7);
  private static final OfficeId HIGH_REPRESENTATIVE = new OfficeId(1);

  @Test
  void aMeetingBetweenTwoParties_keepsItsSidesAndParticipants() {
    Participant kallas = participant(KALLAS, EU);
    Participant nurtleu = participant(NURTLEU, KZ);

    Meeting meeting = meeting(List.of(EU, KZ), List.of(kallas, nurtleu));

    assertThat(meeting.partyIds()).containsExactly(EU, KZ);
    assertThat(meeting.participants()).containsExactly(kallas, nurtleu);
  }

  @Test
  void aMeeting_needsTwoParties() {
    assertThatThrownBy(() -> meeting(List.of(EU), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two parties");
  }

  @Test
  void aMeeting_countsAPartyNamedTwiceOnce() {
    assertThatThrownBy(() -> meeting(List.of(EU, EU), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two parties");
    assertThat(meeting(List.of(EU, KZ, EU), List.of()).partyIds()).containsExactly(EU, KZ);
  }

  @Test
  void aParticipant_mustRepresentOneOfTheMeetingsSides() {
    assertThatThrownBy(() -> meeting(List.of(EU, KZ), List.of(participant(NURTLEU, UZ))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not one of its sides");
  }

  @Test
  void aPerson_takesPartInAMeetingOnce() {
    Participant asHost = new Participant(KALLAS, ParticipantRole.HOST, HIGH_REPRESENTATIVE, EU);
    Participant asChair = new Participant(KALLAS, ParticipantRole.CO_CHAIR, null, EU);

    assertThatThrownBy(() -> meeting(List.of(EU, KZ), List.of(asHost, asChair)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("once");
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
        List.of());
  }
}
