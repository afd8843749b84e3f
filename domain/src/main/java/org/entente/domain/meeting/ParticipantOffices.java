package org.entente.domain.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.RuleViolation;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;

/** The rule that a participant's office is one they held on the meeting's date. */
public final class ParticipantOffices {

  private ParticipantOffices() {}

  /**
   * Checks every participant of the meeting against their tenures; a refusal names the office of
   * the first participant at fault.
   */
  public static void checkAll(Meeting meeting, Map<PersonId, List<Tenure>> tenuresByPerson) {
    for (int i = 0; i < meeting.participants().size(); i++) {
      Participant participant = meeting.participants().get(i);
      try {
        check(
            meeting, participant, tenuresByPerson.getOrDefault(participant.personId(), List.of()));
      } catch (RuleViolation violation) {
        throw violation.at("participants", String.valueOf(i), "office");
      }
    }
  }

  /**
   * Refuses a participant whose office no tenure of theirs may cover on the meeting's date. A date
   * known only to the month passes when a tenure may cover any day of it.
   */
  public static void check(
      Meeting meeting, Participant participant, Collection<Tenure> tenuresOfPerson) {
    if (participant.officeId() == null || !meeting.date().isKnown()) {
      return;
    }
    boolean held =
        tenuresOfPerson.stream()
            .filter(tenure -> tenure.officeId().equals(participant.officeId()))
            .anyMatch(
                tenure ->
                    tenure.mayCover(meeting.date().from())
                        || tenure.mayCover(meeting.date().to())
                        || (tenure.start().isKnown()
                            && !tenure.start().from().isBefore(meeting.date().from())
                            && !tenure.start().from().isAfter(meeting.date().to())));
    if (!held) {
      throw new RuleViolation(
          "OFFICE_NOT_HELD",
          "a participant of '"
              + meeting.title()
              + "' did not hold the office given for them on "
              + meeting.date());
    }
  }

  /**
   * Refuses a change of a person's tenures (one corrected, moved or retired) that would leave a
   * meeting they attended with an office for them that none of their tenures may cover any more.
   */
  public static void checkStillHeld(
      PersonId person, Collection<Meeting> attended, Collection<Tenure> tenuresOfPerson) {
    for (Meeting meeting : attended) {
      for (Participant participant : meeting.participants()) {
        if (participant.personId().equals(person)) {
          try {
            check(meeting, participant, tenuresOfPerson);
          } catch (RuleViolation violation) {
            throw new RuleViolation(
                violation.code(),
                "'"
                    + meeting.title()
                    + "' ("
                    + meeting.date()
                    + ") records this person in an office that no other tenure of theirs covers"
                    + " then; correct the meeting first");
          }
        }
      }
    }
  }
}
