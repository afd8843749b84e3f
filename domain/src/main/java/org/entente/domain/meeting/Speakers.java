package org.entente.domain.meeting;

import java.util.Collection;
import org.entente.domain.RuleViolation;

/** The rule that only what a participant of a meeting said there is recorded as its statement. */
public final class Speakers {

  private Speakers() {}

  /** Refuses a statement whose speaker did not take part in the meeting. */
  public static void check(Meeting meeting, Statement statement) {
    if (!meeting.tookPart(statement.personId())) {
      throw new RuleViolation(
              "NOT_A_PARTICIPANT",
              "the speaker did not take part in '"
                  + meeting.title()
                  + "'; only a participant's statements are recorded")
          .at("person");
    }
  }

  /**
   * Refuses participants that leave out someone whose statement at the meeting is on record: the
   * statement has to be removed, or given to another speaker, first.
   */
  public static void checkStillParticipants(Meeting meeting, Collection<Statement> statements) {
    for (Statement statement : statements) {
      if (!meeting.tookPart(statement.personId())) {
        throw new RuleViolation(
                "NOT_A_PARTICIPANT",
                "the participants of '"
                    + meeting.title()
                    + "' leave out the speaker of a statement made there (\""
                    + abridged(statement.text())
                    + "\"); remove the statement or change its speaker first")
            .at("participants");
      }
    }
  }

  private static String abridged(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
