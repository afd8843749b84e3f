package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.AGREEMENT_ACTION;
import static org.entente.persistence.jooq.Tables.AGREEMENT_PARTY;
import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.meeting.Place;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.RegionId;
import org.entente.domain.person.PersonId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Agreements in PostgreSQL, each with its parties and dated actions, in one statement. */
final class JooqAgreements implements Agreements {

  static final SelectField<Agreement> AGREEMENT_ROW =
      DSL.row(
              AGREEMENT.ID,
              AGREEMENT.TITLE,
              AGREEMENT.SHORT_TITLE,
              AGREEMENT.KIND,
              AGREEMENT.SUMMARY,
              Columns.ids(
                  select(AGREEMENT_PARTY.PARTY_ID)
                      .from(AGREEMENT_PARTY)
                      .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(AGREEMENT.ID))
                      .orderBy(AGREEMENT_PARTY.PARTY_ID)),
              actions(),
              AGREEMENT.REPLACES_ID,
              AGREEMENT.FIRST_IN_REGION_ID,
              Columns.identifiers(IDENTIFIER.AGREEMENT_ID.eq(AGREEMENT.ID)),
              Columns.citations(CITATION.AGREEMENT_ID.eq(AGREEMENT.ID)))
          .mapping(
              (id,
                  title,
                  shortTitle,
                  kind,
                  summary,
                  parties,
                  actions,
                  replaces,
                  firstIn,
                  identifiers,
                  citations) ->
                  new Agreement(
                      new AgreementId(id),
                      title,
                      shortTitle,
                      AgreementKind.valueOf(kind),
                      summary,
                      Columns.typed(parties, PartyId::new),
                      actions,
                      replaces == null ? null : new AgreementId(replaces),
                      firstIn == null ? null : new RegionId(firstIn),
                      identifiers,
                      citations));

  private final DSLContext db;

  JooqAgreements(DSLContext db) {
    this.db = db;
  }

  private static Field<List<AgreementAction>> actions() {
    return multiset(
            select(
                    AGREEMENT_ACTION.ID,
                    AGREEMENT_ACTION.KIND,
                    AGREEMENT_ACTION.PARTY_ID,
                    AGREEMENT_ACTION.PERSON_ID,
                    DSL.row(
                            AGREEMENT_ACTION.DATE_PRECISION,
                            AGREEMENT_ACTION.DATE_FROM,
                            AGREEMENT_ACTION.DATE_TO)
                        .mapping(Columns::partialDate),
                    DSL.row(
                            AGREEMENT_ACTION.EFFECTIVE_PRECISION,
                            AGREEMENT_ACTION.EFFECTIVE_FROM,
                            AGREEMENT_ACTION.EFFECTIVE_TO)
                        .mapping(Columns::partialDate),
                    AGREEMENT_ACTION.CITY,
                    AGREEMENT_ACTION.COUNTRY_ID,
                    AGREEMENT_ACTION.NOTE,
                    Columns.citations(CITATION.AGREEMENT_ACTION_ID.eq(AGREEMENT_ACTION.ID)))
                .from(AGREEMENT_ACTION)
                .where(AGREEMENT_ACTION.AGREEMENT_ID.eq(AGREEMENT.ID))
                .orderBy(AGREEMENT_ACTION.ORDINAL))
        .convertFrom(
            rows ->
                rows.map(
                    Records.mapping(
                        (id,
                            kind,
                            party,
                            person,
                            date,
                            effective,
                            city,
                            country,
                            note,
                            citations) ->
                            AgreementAction.of(
                                AgreementAction.Kind.valueOf(kind),
                                new ActionFacts(
                                    new AgreementActionId(id),
                                    party == null ? null : new PartyId(party),
                                    person == null ? null : new PersonId(person),
                                    date,
                                    effective,
                                    city == null && country == null
                                        ? null
                                        : new Place(
                                            city, country == null ? null : new PartyId(country)),
                                    note,
                                    citations)))));
  }

  @Override
  public Map<AgreementId, Agreement> byIds(Collection<AgreementId> ids) {
    return Columns.byIds(
        db, AGREEMENT_ROW, AGREEMENT, AGREEMENT.ID, ids, AgreementId::value, Agreement::id);
  }

  @Override
  public Optional<Agreement> byIdentifier(Identifier identifier) {
    return db.select(AGREEMENT_ROW)
        .from(AGREEMENT)
        .where(
            AGREEMENT.ID.in(
                select(IDENTIFIER.AGREEMENT_ID)
                    .from(IDENTIFIER)
                    .where(IDENTIFIER.SCHEME.eq(identifier.scheme()))
                    .and(IDENTIFIER.VALUE.eq(identifier.value()))))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Map<PartyId, List<Agreement>> ofParties(Collection<PartyId> parties) {
    return db.select(AGREEMENT_PARTY.PARTY_ID, AGREEMENT_ROW)
        .from(AGREEMENT_PARTY)
        .join(AGREEMENT)
        .on(AGREEMENT.ID.eq(AGREEMENT_PARTY.AGREEMENT_ID))
        .where(AGREEMENT_PARTY.PARTY_ID.in(parties.stream().map(PartyId::value).toList()))
        .orderBy(AGREEMENT.ID)
        .fetchGroups(row -> new PartyId(row.value1()), row -> row.value2());
  }

  @Override
  public Page<Agreement> page(PageRequest request) {
    return Columns.pageById(db, AGREEMENT_ROW, AGREEMENT, AGREEMENT.ID, DSL.noCondition(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(AGREEMENT);
  }

  @Override
  public List<Agreement> between(Collection<PartyId> parties) {
    return db.select(AGREEMENT_ROW)
        .from(AGREEMENT)
        .where(AgreementConditions.of(AgreementFilter.between(List.copyOf(parties))))
        .orderBy(AGREEMENT.ID)
        .fetch(Record1::value1);
  }

  @Override
  public Page<Agreement> find(AgreementFilter filter, PageRequest request) {
    return Columns.pageById(
        db, AGREEMENT_ROW, AGREEMENT, AGREEMENT.ID, AgreementConditions.of(filter), request);
  }

  @Override
  public int count(AgreementFilter filter) {
    return db.fetchCount(AGREEMENT, AgreementConditions.of(filter));
  }
}
