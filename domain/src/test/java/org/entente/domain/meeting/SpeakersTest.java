package org.entente.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;

class SpeakersTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final PersonId TOKAYEV = new PersonId(1);
  private static final PersonId KALLAS = new PersonId(2);
  private static final PersonId BORRELL = new PersonId(3);
  private static final List<Citation> ASTANA_TIMES =
      List.of(new Citation(null, new SourceId(1), null));

  private static Meeting almatyWith(PersonId... participants) {
    return new Meeting(
        new MeetingId(1),
        "Tokayev–Kallas meeting in Almaty",
        MeetingKind.BILATERAL_MEETING,
        MeetingStatus.HELD,
        PartialDate.parse("2025-03-28"),
        new Place("Almaty", KZ),
        null,
        List.of(KZ, EU),
        List.of(participants).stream()
            .map(
                person ->
                    new Participant(
                        person, ParticipantRole.GUEST, null, person.equals(TOKAYEV) ? KZ : EU))
            .toList(),
        List.of(),
        List.of(),
        ASTANA_TIMES);
  }

  private static Statement by(PersonId speaker) {
    return new Statement(
        null,
        new MeetingId(1),
        speaker,
        StatementKind.PARAPHRASE,
        "Welcomed the launch of the visa facilitation negotiations.",
        List.of(),
        ASTANA_TIMES);
  }

  @Test
  void check_acceptsAParticipantsStatement() {
    assertThatCode(() -> Speakers.check(almatyWith(TOKAYEV, KALLAS), by(KALLAS)))
        .doesNotThrowAnyException();
  }

  @Test
  void check_refusesTheStatementOfSomeoneWhoWasNotThere_atItsSpeaker() {
    assertThatThrownBy(() -> Speakers.check(almatyWith(TOKAYEV, KALLAS), by(BORRELL)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("NOT_A_PARTICIPANT");
              assertThat(violation.path()).containsExactly("person");
            });
  }

  @Test
  void checkStillParticipants_refusesParticipantsThatLeaveOutASpeaker() {
    assertThatThrownBy(
            () -> Speakers.checkStillParticipants(almatyWith(TOKAYEV), List.of(by(KALLAS))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("NOT_A_PARTICIPANT");
              assertThat(violation.path()).containsExactly("participants");
              assertThat(violation.getMessage()).contains("visa facilitation");
            });
  }

  @Test
  void aStatement_citesAtLeastOneSource() {
    assertThatThrownBy(
            () ->
                new Statement(
                    null,
                    new MeetingId(1),
                    KALLAS,
                    StatementKind.QUOTE,
                    "Unsourced words",
                    List.of(),
                    List.of()))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("UNCITED");
              assertThat(violation.path()).containsExactly("citations");
            });
  }
}
