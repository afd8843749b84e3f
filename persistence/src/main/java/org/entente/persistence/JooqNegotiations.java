package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_PARTY;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_STEP;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_TOPIC;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.negotiation.NegotiatingParty;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.negotiation.StepFacts;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.PartyId;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Citation;
import org.entente.domain.topic.TopicId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Negotiations in PostgreSQL, each read with its parties and steps in one statement; written as a
 * whole when new, then one step at a time.
 */
final class JooqNegotiations implements Negotiations {

  /** A step, as it is in its negotiation's row and as one row when read alone. */
  private static final Field<NegotiationStep> STEP_ROW =
      JsonRows.row(
          DSL.row(
              NEGOTIATION_STEP.ID,
              NEGOTIATION_STEP.KIND,
              Columns.partialDate(
                  NEGOTIATION_STEP.DATE_PRECISION,
                  NEGOTIATION_STEP.DATE_FROM,
                  NEGOTIATION_STEP.DATE_TO),
              NEGOTIATION_STEP.MEETING_ID,
              NEGOTIATION_STEP.NOTE,
              NEGOTIATION_STEP.ROUND_NUMBER,
              NEGOTIATION_STEP.AUTHORISED_BY_ID,
              NEGOTIATION_STEP.AUTHORISED_ID,
              NEGOTIATION_STEP.DIRECTIVES,
              Columns.citations(CITATION.NEGOTIATION_STEP_ID.eq(NEGOTIATION_STEP.ID))),
          JooqNegotiations::step);

  static final Field<Negotiation> NEGOTIATION_ROW =
      JsonRows.row(
          DSL.row(
              NEGOTIATION.ID,
              NEGOTIATION.TITLE,
              NEGOTIATION.SUBJECT,
              JsonRows.list(
                  select(
                          JsonRows.row(
                              DSL.row(NEGOTIATION_PARTY.PARTY_ID, NEGOTIATION_PARTY.NEGOTIATOR_ID),
                              (party, negotiator) ->
                                  new NegotiatingParty(
                                      new PartyId(party),
                                      negotiator == null ? null : new PartyId(negotiator))))
                      .from(NEGOTIATION_PARTY)
                      .where(NEGOTIATION_PARTY.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                      .orderBy(NEGOTIATION_PARTY.PARTY_ID)),
              JsonRows.list(
                  select(NEGOTIATION_TOPIC.TOPIC_ID)
                      .from(NEGOTIATION_TOPIC)
                      .where(NEGOTIATION_TOPIC.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                      .orderBy(NEGOTIATION_TOPIC.TOPIC_ID)),
              JsonRows.list(
                  select(STEP_ROW)
                      .from(NEGOTIATION_STEP)
                      .where(NEGOTIATION_STEP.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                      .orderBy(NEGOTIATION_STEP.ORDINAL)),
              JsonRows.row(
                  DSL.row(
                      NEGOTIATION.TARGET_KIND,
                      NEGOTIATION.TARGET_PRECISION,
                      NEGOTIATION.TARGET_FROM,
                      NEGOTIATION.TARGET_TO),
                  (kind, precision, from, to) ->
                      new TargetDate(
                          TargetDate.Setting.valueOf(kind),
                          Columns.partialDate(precision, from, to))),
              NEGOTIATION.AGREEMENT_ID,
              Columns.citations(CITATION.NEGOTIATION_ID.eq(NEGOTIATION.ID))),
          (id, title, subject, parties, topics, steps, target, agreement, citations) ->
              new Negotiation(
                  new NegotiationId(id),
                  title,
                  subject,
                  parties,
                  Columns.typed(topics, TopicId::new),
                  steps,
                  target,
                  agreement == null ? null : new AgreementId(agreement),
                  citations));

  private static final Prerendered<Record2<Long, Negotiation>> OF_PARTIES =
      Columns.through(
          NEGOTIATION_PARTY.PARTY_ID,
          NEGOTIATION_PARTY.NEGOTIATION_ID,
          NEGOTIATION_ROW,
          NEGOTIATION.ID,
          List.of(NEGOTIATION.ID));

  private static final Prerendered<Record1<Negotiation>> PRODUCING =
      Columns.byKey(NEGOTIATION_ROW, NEGOTIATION.AGREEMENT_ID, DSL.noCondition(), List.of());

  private static final Prerendered<Record2<Long, Negotiation>> OF_STEPS =
      Columns.through(
          NEGOTIATION_STEP.ID,
          NEGOTIATION_STEP.NEGOTIATION_ID,
          NEGOTIATION_ROW,
          NEGOTIATION.ID,
          List.of());

  private static final Prerendered<Record2<Long, Negotiation>> STEPPED_AT =
      new Prerendered<>(
          context -> {
            var steps =
                selectDistinct(NEGOTIATION_STEP.MEETING_ID, NEGOTIATION_STEP.NEGOTIATION_ID)
                    .from(NEGOTIATION_STEP)
                    .where(NEGOTIATION_STEP.MEETING_ID.eq(DSL.any(Prerendered.ids())))
                    .asTable("step");
            return context
                .select(steps.field(NEGOTIATION_STEP.MEETING_ID), NEGOTIATION_ROW)
                .from(steps)
                .join(NEGOTIATION)
                .on(NEGOTIATION.ID.eq(steps.field(NEGOTIATION_STEP.NEGOTIATION_ID)))
                .orderBy(NEGOTIATION.ID);
          });

  private static final Prerendered<Record1<Negotiation>> BY_ID =
      Columns.byId(NEGOTIATION_ROW, NEGOTIATION.ID);

  private static final Prerendered<Record1<NegotiationStep>> STEP_BY_ID =
      Columns.byId(STEP_ROW, NEGOTIATION_STEP.ID);

  private final DSLContext db;

  JooqNegotiations(DSLContext db) {
    this.db = db;
  }

  private static NegotiationStep step(
      Long id,
      String kind,
      PartialDate date,
      Long meeting,
      String note,
      Integer round,
      Long authorisedBy,
      Long authorised,
      String directives,
      List<Citation> citations) {
    return NegotiationStep.of(
        NegotiationStep.Kind.valueOf(kind),
        new StepFacts(
            new NegotiationStepId(id),
            date,
            meeting == null ? null : new MeetingId(meeting),
            note,
            citations),
        round,
        authorisedBy == null ? null : new PartyId(authorisedBy),
        authorised == null ? null : new PartyId(authorised),
        directives);
  }

  @Override
  public Map<NegotiationId, Negotiation> byIds(Collection<NegotiationId> ids) {
    return Columns.byIds(db, BY_ID, ids, NegotiationId::value, Negotiation::id);
  }

  @Override
  public Map<PartyId, List<Negotiation>> ofParties(Collection<PartyId> parties) {
    return OF_PARTIES
        .fetchByIds(db, parties, PartyId::value)
        .intoGroups(row -> new PartyId(row.value1()), Record2::value2);
  }

  @Override
  public Map<AgreementId, Negotiation> producing(Collection<AgreementId> agreements) {
    return Columns.fetch(db, PRODUCING, agreements, AgreementId::value).stream()
        .collect(Collectors.toMap(negotiation -> negotiation.agreementId(), Function.identity()));
  }

  @Override
  public Map<MeetingId, List<Negotiation>> steppedAt(Collection<MeetingId> meetings) {
    return STEPPED_AT
        .fetchByIds(db, meetings, MeetingId::value)
        .intoGroups(row -> new MeetingId(row.value1()), Record2::value2);
  }

  @Override
  public Page<Negotiation> page(PageRequest request) {
    return Columns.pageById(
        db, NEGOTIATION_ROW, NEGOTIATION, NEGOTIATION.ID, DSL.noCondition(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(NEGOTIATION);
  }

  @Override
  public List<Negotiation> between(Collection<PartyId> parties) {
    return db.select(NEGOTIATION_ROW)
        .from(NEGOTIATION)
        .where(NegotiationConditions.of(NegotiationFilter.between(List.copyOf(parties))))
        .orderBy(NEGOTIATION.ID)
        .fetch(Record1::value1);
  }

  @Override
  public Page<Negotiation> find(NegotiationFilter filter, NameOrder order, PageRequest request) {
    return Columns.pageByName(
        db,
        NEGOTIATION_ROW,
        NEGOTIATION,
        NEGOTIATION.TITLE,
        NEGOTIATION.ID,
        NegotiationConditions.of(filter),
        order,
        request);
  }

  @Override
  public int count(NegotiationFilter filter) {
    return db.fetchCount(NEGOTIATION, NegotiationConditions.of(filter));
  }

  @Override
  public Map<NegotiationStepId, NegotiationStep> steps(Collection<NegotiationStepId> ids) {
    return Columns.byIds(db, STEP_BY_ID, ids, NegotiationStepId::value, step -> step.facts().id());
  }

  @Override
  public Map<NegotiationStepId, Negotiation> ofSteps(Collection<NegotiationStepId> steps) {
    return OF_STEPS
        .fetchByIds(db, steps, NegotiationStepId::value)
        .intoMap(row -> new NegotiationStepId(row.value1()), Record2::value2);
  }

  @Override
  public NegotiationId add(Negotiation negotiation) {
    requireParties(negotiation.parties(), Map.of());
    negotiation.requireCitedSteps();
    long id =
        db.insertInto(NEGOTIATION)
            .set(columns(negotiation))
            .returning(NEGOTIATION.ID)
            .fetchSingle(NEGOTIATION.ID);
    writeParties(id, negotiation.parties());
    writeTopics(id, negotiation.topicIds());
    for (int i = 0; i < negotiation.steps().size(); i++) {
      try {
        insertStep(id, DSL.val(i), negotiation.steps().get(i));
      } catch (RuleViolation violation) {
        throw violation.at("steps", String.valueOf(i));
      }
    }
    CitationRows.insert(db, CITATION.NEGOTIATION_ID, id, negotiation.citations());
    return new NegotiationId(id);
  }

  @Override
  public void replace(Negotiation negotiation, long version) {
    long id = negotiation.id().value();
    requireParties(negotiation.parties(), references(currentParties(id)).keys());
    Versions.claim(db, RecordKind.NEGOTIATION, id, version, columns(negotiation));
    writeParties(id, negotiation.parties());
    writeTopics(id, negotiation.topicIds());
  }

  @Override
  public NegotiationStepId recordStep(
      NegotiationId negotiation, long version, NegotiationStep step) {
    // Lock first, then read: the lifecycle is checked against the steps as they are now.
    Versions.claim(db, RecordKind.NEGOTIATION, negotiation.value(), version, "negotiation");
    byIds(List.of(negotiation)).get(negotiation).withStep(step);
    Field<Integer> next =
        HistoryRows.nextOrdinal(
            NEGOTIATION_STEP.ORDINAL, NEGOTIATION_STEP.NEGOTIATION_ID, negotiation.value());
    return new NegotiationStepId(insertStep(negotiation.value(), next, step));
  }

  @Override
  public NegotiationId removeStep(NegotiationStepId step, long version) {
    long key =
        HistoryRows.ownerOf(
            db,
            NEGOTIATION_STEP.ID,
            NEGOTIATION_STEP.NEGOTIATION_ID,
            step.value(),
            "negotiation step");
    NegotiationId negotiation = new NegotiationId(key);
    Versions.claim(db, RecordKind.NEGOTIATION, key, version, "id");
    try {
      byIds(List.of(negotiation)).get(negotiation).withoutStep(step);
    } catch (RuleViolation violation) {
      throw violation.at("id");
    }
    // Its citations go with it (on delete cascade), each into the negotiation's history.
    db.deleteFrom(NEGOTIATION_STEP).where(NEGOTIATION_STEP.ID.eq(step.value())).execute();
    return negotiation;
  }

  /**
   * Requires the sides' parties and negotiators; retired ones among {@code kept} (the negotiation's
   * own) stay.
   */
  private void requireParties(List<NegotiatingParty> parties, Map<RecordKind, Set<Long>> kept) {
    references(parties).check(db, kept);
  }

  private static References references(List<NegotiatingParty> parties) {
    References references = new References();
    for (int i = 0; i < parties.size(); i++) {
      NegotiatingParty side = parties.get(i);
      references
          .to(RecordKind.PARTY, side.partyId().value(), References.at("parties", i, "party"))
          .to(
              RecordKind.PARTY,
              side.negotiatorId() == null ? null : side.negotiatorId().value(),
              References.at("parties", i, "negotiator"));
    }
    return references;
  }

  private List<NegotiatingParty> currentParties(long id) {
    return db.select(NEGOTIATION_PARTY.PARTY_ID, NEGOTIATION_PARTY.NEGOTIATOR_ID)
        .from(NEGOTIATION_PARTY)
        .where(NEGOTIATION_PARTY.NEGOTIATION_ID.eq(id))
        .fetch(
            row ->
                new NegotiatingParty(
                    new PartyId(row.value1()),
                    row.value2() == null ? null : new PartyId(row.value2())));
  }

  /** The negotiation's sides as given: those left out go, new ones come, negotiators follow. */
  private void writeParties(long id, List<NegotiatingParty> parties) {
    db.deleteFrom(NEGOTIATION_PARTY)
        .where(NEGOTIATION_PARTY.NEGOTIATION_ID.eq(id))
        .and(
            NEGOTIATION_PARTY.PARTY_ID.notIn(
                parties.stream().map(side -> side.partyId().value()).toList()))
        .execute();
    var insert =
        db.insertInto(
            NEGOTIATION_PARTY,
            NEGOTIATION_PARTY.NEGOTIATION_ID,
            NEGOTIATION_PARTY.PARTY_ID,
            NEGOTIATION_PARTY.NEGOTIATOR_ID);
    for (NegotiatingParty side : parties) {
      insert =
          insert.values(
              id,
              side.partyId().value(),
              side.negotiatorId() == null ? null : side.negotiatorId().value());
    }
    insert
        .onConflict(NEGOTIATION_PARTY.NEGOTIATION_ID, NEGOTIATION_PARTY.PARTY_ID)
        .doUpdate()
        .set(NEGOTIATION_PARTY.NEGOTIATOR_ID, DSL.excluded(NEGOTIATION_PARTY.NEGOTIATOR_ID))
        .where(
            NEGOTIATION_PARTY.NEGOTIATOR_ID.isDistinctFrom(
                DSL.excluded(NEGOTIATION_PARTY.NEGOTIATOR_ID)))
        .execute();
  }

  private void writeTopics(long id, List<TopicId> topics) {
    List<Long> keys = topics.stream().map(TopicId::value).toList();
    db.deleteFrom(NEGOTIATION_TOPIC)
        .where(NEGOTIATION_TOPIC.NEGOTIATION_ID.eq(id))
        .and(NEGOTIATION_TOPIC.TOPIC_ID.notIn(keys))
        .execute();
    if (keys.isEmpty()) {
      return;
    }
    var insert =
        db.insertInto(
            NEGOTIATION_TOPIC, NEGOTIATION_TOPIC.NEGOTIATION_ID, NEGOTIATION_TOPIC.TOPIC_ID);
    for (Long topic : keys) {
      insert = insert.values(id, topic);
    }
    insert.onConflictDoNothing().execute();
  }

  /** Writes a step and its citations at {@code ordinal} among the negotiation's steps. */
  private long insertStep(long negotiation, Field<Integer> ordinal, NegotiationStep step) {
    NegotiationStep.MandateGranted mandate =
        step instanceof NegotiationStep.MandateGranted granted ? granted : null;
    long id =
        db.insertInto(NEGOTIATION_STEP)
            .set(NEGOTIATION_STEP.NEGOTIATION_ID, negotiation)
            .set(NEGOTIATION_STEP.ORDINAL, ordinal)
            .set(NEGOTIATION_STEP.KIND, step.kind().name())
            .set(NEGOTIATION_STEP.DATE_PRECISION, Columns.precision(step.date()))
            .set(NEGOTIATION_STEP.DATE_FROM, Columns.from(step.date()))
            .set(NEGOTIATION_STEP.DATE_TO, Columns.to(step.date()))
            .set(
                NEGOTIATION_STEP.MEETING_ID,
                step.facts().meetingId() == null ? null : step.facts().meetingId().value())
            .set(NEGOTIATION_STEP.NOTE, step.facts().note())
            .set(
                NEGOTIATION_STEP.ROUND_NUMBER,
                step instanceof NegotiationStep.RoundHeld round ? round.number() : null)
            .set(
                NEGOTIATION_STEP.AUTHORISED_BY_ID,
                mandate == null || mandate.authorisedBy() == null
                    ? null
                    : mandate.authorisedBy().value())
            .set(
                NEGOTIATION_STEP.AUTHORISED_ID,
                mandate == null || mandate.authorised() == null
                    ? null
                    : mandate.authorised().value())
            .set(NEGOTIATION_STEP.DIRECTIVES, mandate == null ? null : mandate.directives())
            .returning(NEGOTIATION_STEP.ID)
            .fetchSingle(NEGOTIATION_STEP.ID);
    CitationRows.insert(db, CITATION.NEGOTIATION_STEP_ID, id, step.facts().citations());
    return id;
  }

  private static Map<Field<?>, Object> columns(Negotiation negotiation) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(NEGOTIATION.TITLE, negotiation.title());
    columns.put(NEGOTIATION.SUBJECT, negotiation.subject());
    columns.put(
        NEGOTIATION.AGREEMENT_ID, negotiation.agreement().map(AgreementId::value).orElse(null));
    columns.put(NEGOTIATION.TARGET_KIND, negotiation.target().setting().name());
    columns.put(NEGOTIATION.TARGET_PRECISION, Columns.precision(negotiation.target().date()));
    columns.put(NEGOTIATION.TARGET_FROM, Columns.from(negotiation.target().date()));
    columns.put(NEGOTIATION.TARGET_TO, Columns.to(negotiation.target().date()));
    return columns;
  }
}
