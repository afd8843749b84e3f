package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT_ACTION;
import static org.entente.persistence.jooq.Tables.AGREEMENT_PARTY;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_PARTY;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_STEP;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_TOPIC;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.party.PartyId;
import org.entente.domain.timeline.Timeline;
import org.entente.domain.timeline.TimelineEntry;
import org.entente.domain.timeline.TimelineEntry.Kind;
import org.entente.domain.timeline.TimelineFilter;
import org.entente.domain.timeline.YearCount;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The timeline as one union of meetings, negotiation steps and agreement actions, each part
 * filtered on its own indexes, sorted and paged by (date, kind, id) in a single statement.
 */
final class JooqTimeline implements Timeline {

  private static final Field<String> KIND = DSL.field(DSL.name("event", "kind"), String.class);
  private static final Field<Long> OWNER = DSL.field(DSL.name("event", "owner"), Long.class);
  private static final Field<Long> ITEM = DSL.field(DSL.name("event", "item"), Long.class);
  private static final Field<String> PRECISION =
      DSL.field(DSL.name("event", "precision"), String.class);
  private static final Field<LocalDate> FROM =
      DSL.field(DSL.name("event", "date_from"), LocalDate.class);
  private static final Field<LocalDate> TO =
      DSL.field(DSL.name("event", "date_to"), LocalDate.class);
  private static final Field<LocalDate> SORT_DATE =
      DSL.coalesce(FROM, DSL.inline(PartialDate.UNKNOWN_SORT_DATE));

  private final DSLContext db;

  JooqTimeline(DSLContext db) {
    this.db = db;
  }

  private static Condition within(
      TimelineFilter filter, Field<LocalDate> from, Field<LocalDate> to) {
    Condition condition = DSL.noCondition();
    if (filter.from() != null) {
      condition = condition.and(from.ge(filter.from()));
    }
    if (filter.to() != null) {
      condition = condition.and(to.le(filter.to()));
    }
    return condition;
  }

  private static Condition allParties(
      TimelineFilter filter,
      TableField<?, Long> owner,
      TableField<?, Long> ownerColumn,
      TableField<?, Long> partyColumn) {
    Condition condition = DSL.noCondition();
    for (PartyId party : filter.parties()) {
      condition =
          condition.and(
              exists(
                  selectOne()
                      .from(partyColumn.getTable())
                      .where(ownerColumn.eq(owner))
                      .and(partyColumn.eq(party.value()))));
    }
    return condition;
  }

  private static Condition negotiationTopics(TimelineFilter filter, Field<Long> negotiation) {
    return filter.topics().isEmpty()
        ? DSL.noCondition()
        : exists(
            selectOne()
                .from(NEGOTIATION_TOPIC)
                .where(NEGOTIATION_TOPIC.NEGOTIATION_ID.eq(negotiation))
                .and(NEGOTIATION_TOPIC.TOPIC_ID.in(TopicTrees.withSubtopics(filter.topics()))));
  }

  private static Table<Record6<String, Long, Long, String, LocalDate, LocalDate>> events(
      TimelineFilter filter) {
    List<Select<Record6<String, Long, Long, String, LocalDate, LocalDate>>> parts =
        new ArrayList<>();
    if (filter.kinds().contains(Kind.MEETING)) {
      MeetingFilter meetings =
          new MeetingFilter(
              filter.parties(),
              null,
              null,
              filter.topics(),
              filter.from(),
              filter.to(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      parts.add(
          select(
                  inline(Kind.MEETING.name()),
                  MEETING.ID,
                  MEETING.ID,
                  MEETING.DATE_PRECISION,
                  MEETING.DATE_FROM,
                  MEETING.DATE_TO)
              .from(MEETING)
              .where(MeetingConditions.of(meetings)));
    }
    if (filter.kinds().contains(Kind.NEGOTIATION_STEP)) {
      parts.add(
          select(
                  inline(Kind.NEGOTIATION_STEP.name()),
                  NEGOTIATION_STEP.NEGOTIATION_ID,
                  NEGOTIATION_STEP.ID,
                  NEGOTIATION_STEP.DATE_PRECISION,
                  NEGOTIATION_STEP.DATE_FROM,
                  NEGOTIATION_STEP.DATE_TO)
              .from(NEGOTIATION_STEP)
              .where(
                  allParties(
                      filter,
                      NEGOTIATION_STEP.NEGOTIATION_ID,
                      NEGOTIATION_PARTY.NEGOTIATION_ID,
                      NEGOTIATION_PARTY.PARTY_ID))
              .and(negotiationTopics(filter, NEGOTIATION_STEP.NEGOTIATION_ID))
              .and(within(filter, NEGOTIATION_STEP.DATE_FROM, NEGOTIATION_STEP.DATE_TO)));
    }
    if (filter.kinds().contains(Kind.AGREEMENT_ACTION)) {
      Condition topics =
          filter.topics().isEmpty()
              ? DSL.noCondition()
              : exists(
                  selectOne()
                      .from(NEGOTIATION)
                      .where(NEGOTIATION.AGREEMENT_ID.eq(AGREEMENT_ACTION.AGREEMENT_ID))
                      .and(negotiationTopics(filter, NEGOTIATION.ID)));
      parts.add(
          select(
                  inline(Kind.AGREEMENT_ACTION.name()),
                  AGREEMENT_ACTION.AGREEMENT_ID,
                  AGREEMENT_ACTION.ID,
                  AGREEMENT_ACTION.DATE_PRECISION,
                  AGREEMENT_ACTION.DATE_FROM,
                  AGREEMENT_ACTION.DATE_TO)
              .from(AGREEMENT_ACTION)
              .where(
                  allParties(
                      filter,
                      AGREEMENT_ACTION.AGREEMENT_ID,
                      AGREEMENT_PARTY.AGREEMENT_ID,
                      AGREEMENT_PARTY.PARTY_ID))
              .and(topics)
              .and(within(filter, AGREEMENT_ACTION.DATE_FROM, AGREEMENT_ACTION.DATE_TO)));
    }
    Select<Record6<String, Long, Long, String, LocalDate, LocalDate>> union = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      union = union.unionAll(parts.get(i));
    }
    return union.asTable("event", "kind", "owner", "item", "precision", "date_from", "date_to");
  }

  @Override
  public Page<TimelineEntry> find(
      TimelineFilter filter, boolean descending, PageRequest page, boolean counting) {
    boolean upwards = !descending != page.backward();
    Condition seek = DSL.noCondition();
    if (page.position() != null) {
      String[] sort = page.position().sortValue().split("\\|");
      var position =
          DSL.row(
              DSL.val(LocalDate.parse(sort[0])), DSL.val(sort[1]), DSL.val(page.position().id()));
      var key = DSL.row(SORT_DATE, KIND, ITEM);
      seek = upwards ? key.gt(position) : key.lt(position);
    }
    // Counted over the whole union before the limit: a second statement would build it again.
    boolean counted = counting && page.position() == null;
    var rows =
        db.select(
                KIND,
                OWNER,
                ITEM,
                PRECISION,
                FROM,
                TO,
                counted ? DSL.count().over() : DSL.inline(0))
            .from(events(filter))
            .where(seek)
            .orderBy(
                upwards ? SORT_DATE.asc() : SORT_DATE.desc(),
                upwards ? KIND.asc() : KIND.desc(),
                upwards ? ITEM.asc() : ITEM.desc())
            .limit(page.size() + 1)
            .fetch();
    Page<TimelineEntry> entries =
        Columns.page(
            rows.map(
                row ->
                    entry(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        Columns.partialDate(row.value4(), row.value5(), row.value6()))),
            page);
    if (!counted) {
      return entries;
    }
    return new Page<>(
        entries.items(),
        entries.hasMore(),
        OptionalInt.of(rows.isEmpty() ? 0 : rows.get(0).value7()));
  }

  private static TimelineEntry entry(String kind, long owner, long item, PartialDate date) {
    return switch (Kind.valueOf(kind)) {
      case MEETING -> new TimelineEntry.MeetingHeld(new MeetingId(item), date);
      case NEGOTIATION_STEP ->
          new TimelineEntry.StepTaken(new NegotiationId(owner), new NegotiationStepId(item), date);
      case AGREEMENT_ACTION ->
          new TimelineEntry.ActionTaken(new AgreementId(owner), new AgreementActionId(item), date);
    };
  }

  @Override
  public List<TimelineEntry> among(TimelineFilter filter, Kind kind, Collection<Long> keys) {
    if (!filter.kinds().contains(kind) || keys.isEmpty()) {
      return List.of();
    }
    TimelineFilter ofKind =
        new TimelineFilter(
            filter.parties(), filter.topics(), filter.from(), filter.to(), Set.of(kind));
    return db.select(KIND, OWNER, ITEM, PRECISION, FROM, TO)
        .from(events(ofKind))
        .where(ITEM.in(keys))
        .orderBy(SORT_DATE, ITEM)
        .fetch(
            row ->
                entry(
                    row.value1(),
                    row.value2(),
                    row.value3(),
                    Columns.partialDate(row.value4(), row.value5(), row.value6())));
  }

  @Override
  public int count(TimelineFilter filter) {
    return db.fetchCount(events(filter));
  }

  @Override
  public List<YearCount> countByYear(TimelineFilter filter) {
    Field<Integer> year = DSL.extract(FROM, DatePart.YEAR);
    return db.select(
            year,
            DSL.count().filterWhere(KIND.eq(Kind.MEETING.name())),
            DSL.count().filterWhere(KIND.eq(Kind.NEGOTIATION_STEP.name())),
            DSL.count().filterWhere(KIND.eq(Kind.AGREEMENT_ACTION.name())))
        .from(events(filter))
        .where(FROM.isNotNull())
        .groupBy(year)
        .orderBy(year)
        .fetch(row -> new YearCount(row.value1(), row.value2(), row.value3(), row.value4()));
  }
}
