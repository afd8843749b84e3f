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
}
