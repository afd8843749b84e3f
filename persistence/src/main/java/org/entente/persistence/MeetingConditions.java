package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.MEETING_PARTY;
import static org.entente.persistence.jooq.Tables.MEETING_TOPIC;
import static org.entente.persistence.jooq.Tables.PARTICIPANT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** A meeting filter as one SQL condition on {@code meeting}, each criterion backed by an index. */
final class MeetingConditions {

  private MeetingConditions() {}

  static Condition of(MeetingFilter filter) {
    List<Condition> all = new ArrayList<>();
    for (PartyId party : filter.parties()) {
      all.add(
          exists(
              selectOne()
                  .from(MEETING_PARTY)
                  .where(MEETING_PARTY.MEETING_ID.eq(MEETING.ID))
                  .and(MEETING_PARTY.PARTY_ID.eq(party.value()))));
    }
    if (!filter.participants().isEmpty()) {
      all.add(
          withParticipant(
              PARTICIPANT.PERSON_ID.in(
                  filter.participants().stream().map(PersonId::value).toList())));
    }
    if (!filter.offices().isEmpty()) {
      all.add(
          withParticipant(
              PARTICIPANT.OFFICE_ID.in(filter.offices().stream().map(OfficeId::value).toList())));
    }
    if (!filter.topics().isEmpty()) {
      all.add(
          exists(
              selectOne()
                  .from(MEETING_TOPIC)
                  .where(MEETING_TOPIC.MEETING_ID.eq(MEETING.ID))
                  .and(MEETING_TOPIC.TOPIC_ID.in(TopicTrees.withSubtopics(filter.topics())))));
    }
    if (filter.from() != null) {
      all.add(MEETING.DATE_FROM.ge(filter.from()));
    }
    if (filter.to() != null) {
      all.add(MEETING.DATE_TO.le(filter.to()));
    }
    if (filter.city() != null) {
      all.add(DSL.lower(MEETING.CITY).eq(filter.city().toLowerCase(java.util.Locale.ROOT)));
    }
    if (filter.country() != null) {
      all.add(MEETING.COUNTRY_ID.eq(filter.country().value()));
    }
    if (!filter.kinds().isEmpty()) {
      all.add(Columns.isAnyOf(MEETING.KIND, filter.kinds()));
    }
    if (!filter.statuses().isEmpty()) {
      all.add(Columns.isAnyOf(MEETING.STATUS, filter.statuses()));
    }
    if (filter.text() != null) {
      all.add(TextSearch.matches(MEETING.SEARCH, filter.text()));
    }
    filter.and().forEach(nested -> all.add(of(nested)));
    if (!filter.or().isEmpty()) {
      all.add(DSL.or(filter.or().stream().map(MeetingConditions::of).toList()));
    }
    if (filter.not() != null) {
      all.add(Columns.not(of(filter.not())));
    }
    return DSL.and(all);
  }

  private static Condition withParticipant(Condition participant) {
    return exists(
        selectOne()
            .from(PARTICIPANT)
            .where(PARTICIPANT.MEETING_ID.eq(MEETING.ID))
            .and(participant));
  }
}
