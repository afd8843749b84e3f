package org.entente.domain.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.PersonId;
import org.entente.domain.topic.TopicId;

/** All meetings on record; lists are in date order. */
public interface Meetings {

  Map<MeetingId, Meeting> byIds(Collection<MeetingId> ids);

  Map<PartyId, List<Meeting>> ofParties(Collection<PartyId> parties);

  Map<PersonId, List<Meeting>> attendedBy(Collection<PersonId> people);

  /** One page of the meetings that match, in the order asked for. */
  Page<Meeting> find(MeetingFilter filter, MeetingOrder order, PageRequest page);

  int count(MeetingFilter filter);

  /** How many matching meetings were about each topic, most discussed first. */
  Map<TopicId, Integer> countByTopic(MeetingFilter filter);

  /**
   * Records a new meeting with its sides, participants, topics, outcomes and citations; the record
   * draws its ID. Refused when a reference names no record, or names a retired one
   * (UNKNOWN_REFERENCE, RETIRED), or when a participant did not hold their office on the meeting's
   * date (OFFICE_NOT_HELD), each at the field it is in.
   */
  MeetingId add(Meeting meeting);

  /**
   * Replaces what is recorded of the meeting, if it is still at {@code version}; refused with
   * CONFLICT and what changed since, otherwise. The rules of {@link #add} hold for the result (a
   * retired record it already named may stay), and every speaker of its statements must still be a
   * participant (NOT_A_PARTICIPANT).
   */
  void replace(Meeting meeting, long version);
}
