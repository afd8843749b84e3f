package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_PARTY;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_STEP;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_TOPIC;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
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
import org.entente.domain.topic.TopicId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Negotiations in PostgreSQL, each with its parties and steps, in one statement. */
final class JooqNegotiations implements Negotiations {

  static final SelectField<Negotiation> NEGOTIATION_ROW =
      DSL.row(
              NEGOTIATION.ID,
              NEGOTIATION.TITLE,
              NEGOTIATION.SUBJECT,
              multiset(
                      select(NEGOTIATION_PARTY.PARTY_ID, NEGOTIATION_PARTY.NEGOTIATOR_ID)
                          .from(NEGOTIATION_PARTY)
                          .where(NEGOTIATION_PARTY.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                          .orderBy(NEGOTIATION_PARTY.PARTY_ID))
                  .convertFrom(
                      rows ->
                          rows.map(
                              Records.mapping(
                                  (party, negotiator) ->
                                      new NegotiatingParty(
                                          new PartyId(party),
                                          negotiator == null ? null : new PartyId(negotiator))))),
              Columns.ids(
                  select(NEGOTIATION_TOPIC.TOPIC_ID)
                      .from(NEGOTIATION_TOPIC)
                      .where(NEGOTIATION_TOPIC.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                      .orderBy(NEGOTIATION_TOPIC.TOPIC_ID)),
              steps(),
              DSL.row(
                      NEGOTIATION.TARGET_KIND,
                      NEGOTIATION.TARGET_PRECISION,
                      NEGOTIATION.TARGET_FROM,
                      NEGOTIATION.TARGET_TO)
                  .mapping(
                      (kind, precision, from, to) ->
                          new TargetDate(
                              TargetDate.Setting.valueOf(kind),
                              Columns.partialDate(precision, from, to))),
              NEGOTIATION.AGREEMENT_ID,
              Columns.citations(CITATION.NEGOTIATION_ID.eq(NEGOTIATION.ID)))
          .mapping(
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

  private final DSLContext db;

  JooqNegotiations(DSLContext db) {
    this.db = db;
  }

  private static Field<List<NegotiationStep>> steps() {
    return multiset(
            select(
                    NEGOTIATION_STEP.ID,
                    NEGOTIATION_STEP.KIND,
                    DSL.row(
                            NEGOTIATION_STEP.DATE_PRECISION,
                            NEGOTIATION_STEP.DATE_FROM,
                            NEGOTIATION_STEP.DATE_TO)
                        .mapping(Columns::partialDate),
                    NEGOTIATION_STEP.MEETING_ID,
                    NEGOTIATION_STEP.NOTE,
                    NEGOTIATION_STEP.ROUND_NUMBER,
                    NEGOTIATION_STEP.AUTHORISED_BY_ID,
                    NEGOTIATION_STEP.AUTHORISED_ID,
                    NEGOTIATION_STEP.DIRECTIVES,
                    Columns.citations(CITATION.NEGOTIATION_STEP_ID.eq(NEGOTIATION_STEP.ID)))
                .from(NEGOTIATION_STEP)
                .where(NEGOTIATION_STEP.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                .orderBy(NEGOTIATION_STEP.ORDINAL))
        .convertFrom(
            rows ->
                rows.map(
                    Records.mapping(
                        (id,
                            kind,
                            date,
                            meeting,
                            note,
                            round,
                            authorisedBy,
                            authorised,
                            directives,
                            citations) ->
                            NegotiationStep.of(
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
                                directives))));
  }

  @Override
  public Map<NegotiationId, Negotiation> byIds(Collection<NegotiationId> ids) {
    return Columns.byIds(
        db,
        NEGOTIATION_ROW,
        NEGOTIATION,
        NEGOTIATION.ID,
        ids,
        NegotiationId::value,
        Negotiation::id);
  }

  @Override
  public Map<PartyId, List<Negotiation>> ofParties(Collection<PartyId> parties) {
    return db.select(NEGOTIATION_PARTY.PARTY_ID, NEGOTIATION_ROW)
        .from(NEGOTIATION_PARTY)
        .join(NEGOTIATION)
        .on(NEGOTIATION.ID.eq(NEGOTIATION_PARTY.NEGOTIATION_ID))
        .where(NEGOTIATION_PARTY.PARTY_ID.in(parties.stream().map(PartyId::value).toList()))
        .orderBy(NEGOTIATION.ID)
        .fetchGroups(row -> new PartyId(row.value1()), row -> row.value2());
  }

  @Override
  public Map<AgreementId, Negotiation> producing(Collection<AgreementId> agreements) {
    return db
        .select(NEGOTIATION_ROW)
        .from(NEGOTIATION)
        .where(NEGOTIATION.AGREEMENT_ID.in(agreements.stream().map(AgreementId::value).toList()))
        .fetch(Record1::value1)
        .stream()
        .collect(Collectors.toMap(negotiation -> negotiation.agreementId(), Function.identity()));
  }

  @Override
  public Map<MeetingId, List<Negotiation>> steppedAt(Collection<MeetingId> meetings) {
    var steps =
        selectDistinct(NEGOTIATION_STEP.MEETING_ID, NEGOTIATION_STEP.NEGOTIATION_ID)
            .from(NEGOTIATION_STEP)
            .where(NEGOTIATION_STEP.MEETING_ID.in(meetings.stream().map(MeetingId::value).toList()))
            .asTable("step");
    return db.select(steps.field(NEGOTIATION_STEP.MEETING_ID), NEGOTIATION_ROW)
        .from(steps)
        .join(NEGOTIATION)
        .on(NEGOTIATION.ID.eq(steps.field(NEGOTIATION_STEP.NEGOTIATION_ID)))
        .orderBy(NEGOTIATION.ID)
        .fetchGroups(row -> new MeetingId(row.value1()), row -> row.value2());
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
  public Page<Negotiation> find(NegotiationFilter filter, PageRequest request) {
    return Columns.pageById(
        db,
        NEGOTIATION_ROW,
        NEGOTIATION,
        NEGOTIATION.ID,
        NegotiationConditions.of(filter),
        request);
  }

  @Override
  public int count(NegotiationFilter filter) {
    return db.fetchCount(NEGOTIATION, NegotiationConditions.of(filter));
  }
}
