package org.entente.domain.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.entente.domain.person.PersonId;

/**
 * All statements on record, in the order they were made. A statement is a record of its own, and
 * also part of its meeting: writing one raises the meeting's version too, so that a client holding
 * the meeting with its statements sees that it changed.
 */
public interface Statements {

  Map<StatementId, Statement> byIds(Collection<StatementId> ids);

  Map<MeetingId, List<Statement>> madeAt(Collection<MeetingId> meetings);

  Map<PersonId, List<Statement>> madeBy(Collection<PersonId> people);

  /**
   * Records a new statement after the others of its meeting; the record draws its ID. The meeting
   * must exist (UNKNOWN_REFERENCE at {@code meeting}), be at {@code meetingVersion} if one is given
   * (CONFLICT at {@code meetingVersion}), and count the speaker among its participants
   * (NOT_A_PARTICIPANT); topics and sources must exist and not be retired.
   */
  StatementId add(Statement statement, OptionalLong meetingVersion);

  /**
   * Replaces what is recorded of the statement, if it is still at {@code version}; it stays at its
   * meeting. The rules of {@link #add} hold for the result.
   */
  void replace(Statement statement, long version);

  /** Removes the statement, if it is still at {@code version}; its history stays. */
  void remove(StatementId id, long version);
}
