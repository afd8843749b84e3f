package org.entente.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticipantOfficesTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final OfficeId HIGH_REPRESENTATIVE = new OfficeId(1);
  private static final OfficeId PRIME_MINISTER_OF_ESTONIA = new OfficeId(2);
  private static final PersonId BORRELL = new PersonId(2);
  private static final PersonId KALLAS = new PersonId(3);

  private static final List<Tenure> BORRELLS_TENURES =
      List.of(tenure(BORRELL, HIGH_REPRESENTATIVE, "2019-12-01", "2024-11-30"));
  private static final List<Tenure> KALLASS_TENURES =
      List.of(
          tenure(KALLAS, PRIME_MINISTER_OF_ESTONIA, "2021-01-26", "2024-07-23"),
          tenure(KALLAS, HIGH_REPRESENTATIVE, "2024-12-01", "open"));

  @Test
  void check_refusesBorrellAsHighRepresentativeAtTheAlmatyMeeting() {
    Meeting almaty = meetingOn("2025-03-28", BORRELL);

    assertRefused(
        () -> ParticipantOffices.check(almaty, highRepresentative(BORRELL), BORRELLS_TENURES));
  }

  @Test
  void check_acceptsKallasAsHighRepresentativeAtTheAlmatyMeeting() {
    Meeting almaty = meetingOn("2025-03-28", KALLAS);

    assertThatCode(
            () -> ParticipantOffices.check(almaty, highRepresentative(KALLAS), KALLASS_TENURES))
        .doesNotThrowAnyException();
  }

  @Test
  void checkAll_namesTheOfficeOfTheParticipantAtFault() {
    Meeting almaty = meetingOn("2025-03-28", BORRELL);

    assertThatThrownBy(
            () -> ParticipantOffices.checkAll(almaty, java.util.Map.of(BORRELL, BORRELLS_TENURES)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("OFFICE_NOT_HELD");
              assertThat(violation.path()).containsExactly("participants", "0", "office");
            });
  }

  @Test
  void checkAll_refusesAnOfficeOfSomeoneWithNoTenureAtAll() {
    Meeting almaty = meetingOn("2025-03-28", KALLAS);

    assertRefused(() -> ParticipantOffices.checkAll(almaty, java.util.Map.of()));
  }

  @Test
  void check_refusesAnOfficeThePersonHeldOnlyBeforeTheMeeting() {
    Meeting meeting = meetingOn("2025-03-28", KALLAS);
    Participant asPrimeMinister =
        new Participant(KALLAS, ParticipantRole.GUEST, PRIME_MINISTER_OF_ESTONIA, EU);

    assertRefused(() -> ParticipantOffices.check(meeting, asPrimeMinister, KALLASS_TENURES));
  }

  @Test
  void check_refusesAnOfficeThePersonTookOnlyAfterTheMeeting() {
    Meeting meeting = meetingOn("2022-06-01", KALLAS);

    assertRefused(
        () -> ParticipantOffices.check(meeting, highRepresentative(KALLAS), KALLASS_TENURES));
  }

  @ParameterizedTest(name = "a meeting in {0} with {1} as High Representative")
  @CsvSource({
    "2024-11,               Borrell",
    "2024-12,               Kallas",
    "2024-11-30/2024-12-01, Borrell",
    "2024-11-30/2024-12-01, Kallas",
  })
  void check_passesAMeetingOfImpreciseDateWhenATenureMayCoverAnyDayOfIt(String date, String name) {
    PersonId person = person(name);
    Meeting meeting = meetingOn(date, person);

    assertThatCode(
            () -> ParticipantOffices.check(meeting, highRepresentative(person), tenuresOf(person)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "a meeting in {0} with {1} as High Representative")
  @CsvSource({"2024-11, Kallas", "2024-12, Borrell"})
  void check_refusesAMeetingOfImpreciseDateWhenNoTenureMayCoverAnyDayOfIt(
      String date, String name) {
    PersonId person = person(name);
    Meeting meeting = meetingOn(date, person);

    assertRefused(
        () -> ParticipantOffices.check(meeting, highRepresentative(person), tenuresOf(person)));
  }

  @Test
  void check_passesATenureThatStartsAndEndsWithinTheMeetingsDates() {
    Meeting meeting = meetingOn("2024-12", KALLAS);
    List<Tenure> interim = List.of(tenure(KALLAS, HIGH_REPRESENTATIVE, "2024-12-10", "2024-12-20"));

    assertThatCode(() -> ParticipantOffices.check(meeting, highRepresentative(KALLAS), interim))
        .doesNotThrowAnyException();
  }

  @Test
  void check_passesAParticipantWithoutAnOffice() {
    Meeting meeting = meetingOn("2025-03-28", BORRELL);
    Participant withoutOffice = new Participant(BORRELL, ParticipantRole.GUEST, null, EU);

    assertThatCode(() -> ParticipantOffices.check(meeting, withoutOffice, List.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void check_passesAMeetingOfUnknownDate() {
    Meeting meeting = meetingOn("unknown", BORRELL);

    assertThatCode(
            () -> ParticipantOffices.check(meeting, highRepresentative(BORRELL), BORRELLS_TENURES))
        .doesNotThrowAnyException();
  }

  private static PersonId person(String name) {
    return switch (name) {
      case "Borrell" -> BORRELL;
      case "Kallas" -> KALLAS;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Test
  void checkStillHeld_refusesRetiringTheOnlyTenureThatCoversAMeetingOfTheHolder() {
    Meeting almaty = meetingOn("2025-03-28", KALLAS);

    assertRefused(
        () ->
            ParticipantOffices.checkStillHeld(
                KALLAS, List.of(almaty), KALLASS_TENURES.subList(0, 1)));
  }

  @Test
  void checkStillHeld_acceptsTenuresThatStillCoverEveryMeeting() {
    Meeting almaty = meetingOn("2025-03-28", KALLAS);

    assertThatCode(
            () -> ParticipantOffices.checkStillHeld(KALLAS, List.of(almaty), KALLASS_TENURES))
        .doesNotThrowAnyException();
  }

  @Test
  void checkStillHeld_ignoresTheOtherParticipants() {
    Meeting almaty = meetingOn("2025-03-28", BORRELL);

    assertThatCode(() -> ParticipantOffices.checkStillHeld(KALLAS, List.of(almaty), List.of()))
        .doesNotThrowAnyException();
  }

  private static List<Tenure> tenuresOf(PersonId person) {
    return person.equals(BORRELL) ? BORRELLS_TENURES : KALLASS_TENURES;
  }

  private static Participant highRepresentative(PersonId person) {
    return new Participant(person, ParticipantRole.HEAD_OF_DELEGATION, HIGH_REPRESENTATIVE, EU);
  }

  private static Meeting meetingOn(String date, PersonId person) {
    return new Meeting(
        null,
        "EU–Kazakhstan meeting",
        MeetingKind.BILATERAL_MEETING,
        MeetingStatus.HELD,
        PartialDate.parse(date),
        new Place("Almaty", KZ),
        null,
        List.of(EU, KZ),
        List.of(highRepresentative(person)),
        List.of(),
        List.of(),
        List.of(new Citation(null, new SourceId(1), null)));
  }

  private static Tenure tenure(PersonId person, OfficeId office, String start, String end) {
    return new Tenure(
        null,
        person,
        office,
        PartialDate.parse(start),
        end.equals("open") ? null : PartialDate.parse(end),
        List.of());
  }

  private static void assertRefused(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("OFFICE_NOT_HELD"));
  }
}
