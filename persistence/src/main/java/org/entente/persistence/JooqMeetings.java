package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.MEETING_PARTY;
import static org.entente.persistence.jooq.Tables.MEETING_TOPIC;
import static org.entente.persistence.jooq.Tables.OUTCOME;
import static org.entente.persistence.jooq.Tables.PARTICIPANT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingOrder;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Participant;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.meeting.Place;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.topic.TopicId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Meetings in PostgreSQL, each loaded whole in one statement; lists are in date order. */
final class JooqMeetings implements Meetings {

  static final SelectField<Meeting> MEETING_ROW =
      DSL.row(
              MEETING.ID,
              MEETING.TITLE,
              MEETING.KIND,
              MEETING.STATUS,
              DSL.row(MEETING.DATE_PRECISION, MEETING.DATE_FROM, MEETING.DATE_TO)
                  .mapping(Columns::partialDate),
              DSL.row(MEETING.CITY, MEETING.COUNTRY_ID).mapping(JooqMeetings::place),
              MEETING.SUMMARY,
              Columns.ids(
                  select(MEETING_PARTY.PARTY_ID)
                      .from(MEETING_PARTY)
                      .where(MEETING_PARTY.MEETING_ID.eq(MEETING.ID))
                      .orderBy(MEETING_PARTY.PARTY_ID)),
              participants(),
              Columns.ids(
                  select(MEETING_TOPIC.TOPIC_ID)
                      .from(MEETING_TOPIC)
                      .where(MEETING_TOPIC.MEETING_ID.eq(MEETING.ID))
                      .orderBy(MEETING_TOPIC.TOPIC_ID)),
              multiset(
                      select(OUTCOME.TEXT)
                          .from(OUTCOME)
                          .where(OUTCOME.MEETING_ID.eq(MEETING.ID))
                          .orderBy(OUTCOME.ORDINAL))
                  .convertFrom(rows -> rows.map(Record1::value1)),
              Columns.citations(CITATION.MEETING_ID.eq(MEETING.ID)))
          .mapping(
              (id,
                  title,
                  kind,
                  status,
                  date,
                  place,
                  summary,
                  parties,
                  participants,
                  topics,
                  outcomes,
                  citations) ->
                  new Meeting(
                      new MeetingId(id),
                      title,
                      MeetingKind.valueOf(kind),
                      MeetingStatus.valueOf(status),
                      date,
                      place,
                      summary,
                      Columns.typed(parties, PartyId::new),
                      participants,
                      Columns.typed(topics, TopicId::new),
                      outcomes,
                      citations));

  /** The date meetings sort by; 0003 indexes this expression. */
  static final Field<LocalDate> SORT_DATE =
      DSL.coalesce(MEETING.DATE_FROM, DSL.inline(PartialDate.UNKNOWN_SORT_DATE));

  static final List<org.jooq.SortField<?>> DATE_ORDER = List.of(SORT_DATE.asc(), MEETING.ID.asc());

  private final DSLContext db;

  JooqMeetings(DSLContext db) {
    this.db = db;
  }

  private static Place place(String city, Long country) {
    return city == null && country == null
        ? null
        : new Place(city, country == null ? null : new PartyId(country));
  }

  private static Field<List<Participant>> participants() {
    return multiset(
            select(
                    PARTICIPANT.PERSON_ID,
                    PARTICIPANT.ROLE,
                    PARTICIPANT.OFFICE_ID,
                    PARTICIPANT.PARTY_ID)
                .from(PARTICIPANT)
                .where(PARTICIPANT.MEETING_ID.eq(MEETING.ID))
                .orderBy(PARTICIPANT.ORDINAL))
        .convertFrom(
            rows ->
                rows.map(
                    Records.mapping(
                        (person, role, office, party) ->
                            new Participant(
                                new PersonId(person),
                                ParticipantRole.valueOf(role),
                                office == null ? null : new OfficeId(office),
                                new PartyId(party)))));
  }

  @Override
  public Map<MeetingId, Meeting> byIds(Collection<MeetingId> ids) {
    return Columns.byIds(db, MEETING_ROW, MEETING, MEETING.ID, ids, MeetingId::value, Meeting::id);
  }

  @Override
  public Map<PartyId, List<Meeting>> ofParties(Collection<PartyId> parties) {
    return db.select(MEETING_PARTY.PARTY_ID, MEETING_ROW)
        .from(MEETING_PARTY)
        .join(MEETING)
        .on(MEETING.ID.eq(MEETING_PARTY.MEETING_ID))
        .where(MEETING_PARTY.PARTY_ID.in(parties.stream().map(PartyId::value).toList()))
        .orderBy(DATE_ORDER)
        .fetchGroups(row -> new PartyId(row.value1()), row -> row.value2());
  }

  @Override
  public Map<PersonId, List<Meeting>> attendedBy(Collection<PersonId> people) {
    return db.select(PARTICIPANT.PERSON_ID, MEETING_ROW)
        .from(PARTICIPANT)
        .join(MEETING)
        .on(MEETING.ID.eq(PARTICIPANT.MEETING_ID))
        .where(PARTICIPANT.PERSON_ID.in(people.stream().map(PersonId::value).toList()))
        .orderBy(DATE_ORDER)
        .fetchGroups(row -> new PersonId(row.value1()), row -> row.value2());
  }

  @Override
  public Page<Meeting> find(MeetingFilter filter, MeetingOrder order, PageRequest page) {
    // Ascending paged forward, or descending paged backward, reads the index upwards.
    boolean upwards = (order == MeetingOrder.DATE_ASC) != page.backward();
    Condition seek = DSL.noCondition();
    if (page.position() != null) {
      var position =
          DSL.row(
              DSL.val(LocalDate.parse(page.position().sortValue())), DSL.val(page.position().id()));
      seek =
          upwards
              ? DSL.row(SORT_DATE, MEETING.ID).gt(position)
              : DSL.row(SORT_DATE, MEETING.ID).lt(position);
    }
    List<Meeting> fetched =
        db.select(MEETING_ROW)
            .from(MEETING)
            .where(MeetingConditions.of(filter))
            .and(sortDateWithin(filter))
            .and(seek)
            .orderBy(
                upwards ? SORT_DATE.asc() : SORT_DATE.desc(),
                upwards ? MEETING.ID.asc() : MEETING.ID.desc())
            .limit(page.size() + 1)
            .fetch(Record1::value1);
    return Columns.page(fetched, page);
  }

  /**
   * The filter's date range restated on the sort date, which it implies, so that the ordered index
   * is read from the range's start instead of from its first entry.
   */
  private static Condition sortDateWithin(MeetingFilter filter) {
    Condition within = DSL.noCondition();
    if (filter.from() != null) {
      within = within.and(SORT_DATE.ge(filter.from()));
    }
    if (filter.to() != null) {
      within = within.and(SORT_DATE.le(filter.to()));
    }
    return within;
  }

  @Override
  public int count(MeetingFilter filter) {
    return db.fetchCount(MEETING, MeetingConditions.of(filter));
  }

  @Override
  public Map<TopicId, Integer> countByTopic(MeetingFilter filter) {
    Map<TopicId, Integer> counts = new java.util.LinkedHashMap<>();
    db.select(MEETING_TOPIC.TOPIC_ID, DSL.count())
        .from(MEETING_TOPIC)
        .join(MEETING)
        .on(MEETING.ID.eq(MEETING_TOPIC.MEETING_ID))
        .where(MeetingConditions.of(filter))
        .groupBy(MEETING_TOPIC.TOPIC_ID)
        .orderBy(DSL.count().desc(), MEETING_TOPIC.TOPIC_ID)
        .forEach(row -> counts.put(new TopicId(row.value1()), row.value2()));
    return counts;
  }
}
