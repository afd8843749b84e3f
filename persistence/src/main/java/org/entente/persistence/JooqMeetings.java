package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.MEETING_PARTY;
import static org.entente.persistence.jooq.Tables.MEETING_TOPIC;
import static org.entente.persistence.jooq.Tables.OUTCOME;
import static org.entente.persistence.jooq.Tables.PARTICIPANT;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
import org.entente.domain.meeting.ParticipantOffices;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.meeting.Place;
import org.entente.domain.meeting.Speakers;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.topic.TopicId;
import org.entente.persistence.PartRows.Part;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Meetings in PostgreSQL, each loaded whole in one statement; lists are in date order. A meeting is
 * written with its parts (sides, participants, topics, outcomes, citations) in the edit's
 * transaction; its statements are records of their own ({@link JooqStatements}).
 */
final class JooqMeetings implements Meetings {

  static final Field<Meeting> MEETING_ROW =
      JsonRows.row(
          DSL.row(
              MEETING.ID,
              MEETING.TITLE,
              MEETING.KIND,
              MEETING.STATUS,
              Columns.partialDate(MEETING.DATE_PRECISION, MEETING.DATE_FROM, MEETING.DATE_TO),
              JsonRows.row(DSL.row(MEETING.CITY, MEETING.COUNTRY_ID), JooqMeetings::place),
              MEETING.SUMMARY,
              JsonRows.list(
                  select(MEETING_PARTY.PARTY_ID)
                      .from(MEETING_PARTY)
                      .where(MEETING_PARTY.MEETING_ID.eq(MEETING.ID))
                      .orderBy(MEETING_PARTY.PARTY_ID)),
              participants(),
              JsonRows.list(
                  select(MEETING_TOPIC.TOPIC_ID)
                      .from(MEETING_TOPIC)
                      .where(MEETING_TOPIC.MEETING_ID.eq(MEETING.ID))
                      .orderBy(MEETING_TOPIC.TOPIC_ID)),
              JsonRows.list(
                  select(OUTCOME.TEXT)
                      .from(OUTCOME)
                      .where(OUTCOME.MEETING_ID.eq(MEETING.ID))
                      .orderBy(OUTCOME.ORDINAL)),
              Columns.citations(CITATION.MEETING_ID.eq(MEETING.ID))),
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

  private static final Part SIDES =
      new Part(MEETING_PARTY, MEETING_PARTY.MEETING_ID, List.of(MEETING_PARTY.PARTY_ID));
  private static final Part PARTICIPANTS =
      new Part(
          PARTICIPANT,
          PARTICIPANT.MEETING_ID,
          List.of(
              PARTICIPANT.ORDINAL,
              PARTICIPANT.PERSON_ID,
              PARTICIPANT.ROLE,
              PARTICIPANT.OFFICE_ID,
              PARTICIPANT.PARTY_ID));
  private static final Part TOPICS =
      new Part(MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, List.of(MEETING_TOPIC.TOPIC_ID));
  private static final Part OUTCOMES =
      new Part(OUTCOME, OUTCOME.MEETING_ID, List.of(OUTCOME.ORDINAL, OUTCOME.TEXT));
  private static final Part CITATIONS = CitationRows.part(CITATION.MEETING_ID);

  private static final Prerendered<Record2<Long, Meeting>> OF_PARTIES =
      Columns.through(
          MEETING_PARTY.PARTY_ID, MEETING_PARTY.MEETING_ID, MEETING_ROW, MEETING.ID, DATE_ORDER);

  private static final Prerendered<Record2<Long, Meeting>> ATTENDED_BY =
      Columns.through(
          PARTICIPANT.PERSON_ID, PARTICIPANT.MEETING_ID, MEETING_ROW, MEETING.ID, DATE_ORDER);

  private static final Prerendered<Record1<Meeting>> BY_ID = Columns.byId(MEETING_ROW, MEETING.ID);

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
    return JsonRows.list(
        select(
                JsonRows.row(
                    DSL.row(
                        PARTICIPANT.PERSON_ID,
                        PARTICIPANT.ROLE,
                        PARTICIPANT.OFFICE_ID,
                        PARTICIPANT.PARTY_ID),
                    (person, role, office, party) ->
                        new Participant(
                            new PersonId(person),
                            ParticipantRole.valueOf(role),
                            office == null ? null : new OfficeId(office),
                            new PartyId(party))))
            .from(PARTICIPANT)
            .where(PARTICIPANT.MEETING_ID.eq(MEETING.ID))
            .orderBy(PARTICIPANT.ORDINAL));
  }

  @Override
  public Map<MeetingId, Meeting> byIds(Collection<MeetingId> ids) {
    return Columns.byIds(db, BY_ID, ids, MeetingId::value, Meeting::id);
  }

  @Override
  public Map<PartyId, List<Meeting>> ofParties(Collection<PartyId> parties) {
    return OF_PARTIES
        .fetchByIds(db, parties, PartyId::value)
        .intoGroups(row -> new PartyId(row.value1()), Record2::value2);
  }

  @Override
  public Map<PersonId, List<Meeting>> attendedBy(Collection<PersonId> people) {
    return ATTENDED_BY
        .fetchByIds(db, people, PersonId::value)
        .intoGroups(row -> new PersonId(row.value1()), Record2::value2);
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

  @Override
  public MeetingId add(Meeting meeting) {
    references(meeting).check(db, Map.of());
    checkOffices(meeting);
    long id =
        db.insertInto(MEETING).set(columns(meeting)).returning(MEETING.ID).fetchSingle(MEETING.ID);
    parts(meeting).forEach((part, rows) -> PartRows.insert(db, part, id, rows));
    return new MeetingId(id);
  }

  @Override
  public void replace(Meeting meeting, long version) {
    MeetingId id = Objects.requireNonNull(meeting.id(), "the meeting to replace");
    // Read before the claim changes the row; the claim then proves it still stood at version.
    Meeting current = byIds(List.of(id)).get(id);
    Versions.claim(db, RecordKind.MEETING, id.value(), version, columns(meeting));
    references(meeting).check(db, references(current).keys());
    checkOffices(meeting);
    Speakers.checkStillParticipants(
        meeting, new JooqStatements(db).madeAt(List.of(id)).getOrDefault(id, List.of()));
    parts(meeting).forEach((part, rows) -> PartRows.replace(db, part, id.value(), rows));
  }

  private void checkOffices(Meeting meeting) {
    List<PersonId> holders =
        meeting.participants().stream()
            .filter(participant -> participant.officeId() != null)
            .map(Participant::personId)
            .toList();
    if (!holders.isEmpty()) {
      ParticipantOffices.checkAll(meeting, new JooqTenures(db).ofPeople(holders));
    }
  }

  /** Every record the meeting names, at the field of the edit that names it. */
  private static References references(Meeting meeting) {
    References references = new References();
    for (int i = 0; i < meeting.partyIds().size(); i++) {
      references.to(RecordKind.PARTY, meeting.partyIds().get(i).value(), "parties", index(i));
    }
    meeting
        .where()
        .map(Place::countryId)
        .ifPresent(country -> references.to(RecordKind.PARTY, country.value(), "place", "country"));
    for (int i = 0; i < meeting.participants().size(); i++) {
      Participant participant = meeting.participants().get(i);
      references
          .to(RecordKind.PERSON, participant.personId().value(), "participants", index(i), "person")
          .to(
              RecordKind.OFFICE,
              participant.officeId() == null ? null : participant.officeId().value(),
              "participants",
              index(i),
              "office")
          .to(RecordKind.PARTY, participant.partyId().value(), "participants", index(i), "party");
    }
    for (int i = 0; i < meeting.topicIds().size(); i++) {
      references.to(RecordKind.TOPIC, meeting.topicIds().get(i).value(), "topics", index(i));
    }
    return CitationRows.citing(references, meeting.citations());
  }

  private static String index(int i) {
    return String.valueOf(i);
  }

  private static Map<Field<?>, Object> columns(Meeting meeting) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(MEETING.TITLE, meeting.title());
    columns.put(MEETING.KIND, meeting.kind().name());
    columns.put(MEETING.STATUS, meeting.status().name());
    columns.put(MEETING.DATE_PRECISION, Columns.precision(meeting.date()));
    columns.put(MEETING.DATE_FROM, Columns.from(meeting.date()));
    columns.put(MEETING.DATE_TO, Columns.to(meeting.date()));
    columns.put(MEETING.CITY, meeting.where().map(Place::city).orElse(null));
    columns.put(
        MEETING.COUNTRY_ID, meeting.where().map(Place::countryId).map(PartyId::value).orElse(null));
    columns.put(MEETING.SUMMARY, meeting.summary());
    return columns;
  }

  private static Map<Part, List<List<Object>>> parts(Meeting meeting) {
    Map<Part, List<List<Object>>> parts = new LinkedHashMap<>();
    parts.put(SIDES, rows(meeting.partyIds(), side -> PartRows.row(side.value())));
    List<List<Object>> participants = new ArrayList<>();
    for (int i = 0; i < meeting.participants().size(); i++) {
      Participant participant = meeting.participants().get(i);
      participants.add(
          PartRows.row(
              i,
              participant.personId().value(),
              participant.role().name(),
              participant.officeId() == null ? null : participant.officeId().value(),
              participant.partyId().value()));
    }
    parts.put(PARTICIPANTS, participants);
    parts.put(TOPICS, rows(meeting.topicIds(), topic -> PartRows.row(topic.value())));
    List<List<Object>> outcomes = new ArrayList<>();
    for (int i = 0; i < meeting.outcomes().size(); i++) {
      outcomes.add(PartRows.row(i, meeting.outcomes().get(i)));
    }
    parts.put(OUTCOMES, outcomes);
    parts.put(CITATIONS, CitationRows.rows(meeting.citations()));
    return parts;
  }

  private static <T> List<List<Object>> rows(List<T> values, Function<T, List<Object>> row) {
    return values.stream().map(row).toList();
  }
}
