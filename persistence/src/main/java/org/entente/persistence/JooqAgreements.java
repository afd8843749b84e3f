package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.AGREEMENT_ACTION;
import static org.entente.persistence.jooq.Tables.AGREEMENT_PARTY;
import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
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
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Citation;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Agreements in PostgreSQL, each read with its parties and dated actions in one statement; written
 * as a whole when new, then one action at a time.
 */
final class JooqAgreements implements Agreements {

  /** An action, as it is in its agreement's row and as one row when read alone. */
  private static final Field<AgreementAction> ACTION_ROW =
      JsonRows.row(
          DSL.row(
              AGREEMENT_ACTION.ID,
              AGREEMENT_ACTION.KIND,
              AGREEMENT_ACTION.PARTY_ID,
              AGREEMENT_ACTION.PERSON_ID,
              Columns.partialDate(
                  AGREEMENT_ACTION.DATE_PRECISION,
                  AGREEMENT_ACTION.DATE_FROM,
                  AGREEMENT_ACTION.DATE_TO),
              Columns.partialDate(
                  AGREEMENT_ACTION.EFFECTIVE_PRECISION,
                  AGREEMENT_ACTION.EFFECTIVE_FROM,
                  AGREEMENT_ACTION.EFFECTIVE_TO),
              AGREEMENT_ACTION.CITY,
              AGREEMENT_ACTION.COUNTRY_ID,
              AGREEMENT_ACTION.NOTE,
              Columns.citations(CITATION.AGREEMENT_ACTION_ID.eq(AGREEMENT_ACTION.ID))),
          JooqAgreements::action);

  static final Field<Agreement> AGREEMENT_ROW =
      JsonRows.row(
          DSL.row(
              AGREEMENT.ID,
              AGREEMENT.TITLE,
              AGREEMENT.SHORT_TITLE,
              AGREEMENT.KIND,
              AGREEMENT.SUMMARY,
              JsonRows.list(
                  select(AGREEMENT_PARTY.PARTY_ID)
                      .from(AGREEMENT_PARTY)
                      .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(AGREEMENT.ID))
                      .orderBy(AGREEMENT_PARTY.PARTY_ID)),
              JsonRows.list(
                  select(ACTION_ROW)
                      .from(AGREEMENT_ACTION)
                      .where(AGREEMENT_ACTION.AGREEMENT_ID.eq(AGREEMENT.ID))
                      .orderBy(AGREEMENT_ACTION.ORDINAL)),
              AGREEMENT.REPLACES_ID,
              AGREEMENT.FIRST_IN_REGION_ID,
              Columns.identifiers(IDENTIFIER.AGREEMENT_ID.eq(AGREEMENT.ID)),
              Columns.citations(CITATION.AGREEMENT_ID.eq(AGREEMENT.ID))),
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

  private static final Prerendered<Record2<Long, Agreement>> OF_PARTIES =
      Columns.through(
          AGREEMENT_PARTY.PARTY_ID,
          AGREEMENT_PARTY.AGREEMENT_ID,
          AGREEMENT_ROW,
          AGREEMENT.ID,
          List.of(AGREEMENT.ID));

  private static final Prerendered<Record2<Long, Agreement>> OF_ACTIONS =
      Columns.through(
          AGREEMENT_ACTION.ID,
          AGREEMENT_ACTION.AGREEMENT_ID,
          AGREEMENT_ROW,
          AGREEMENT.ID,
          List.of());

  private static final Prerendered<Record1<Agreement>> BY_ID =
      Columns.byId(AGREEMENT_ROW, AGREEMENT.ID);

  private static final Prerendered<Record1<AgreementAction>> ACTION_BY_ID =
      Columns.byId(ACTION_ROW, AGREEMENT_ACTION.ID);

  private final DSLContext db;

  JooqAgreements(DSLContext db) {
    this.db = db;
  }

  private static AgreementAction action(
      Long id,
      String kind,
      Long party,
      Long person,
      PartialDate date,
      PartialDate effective,
      String city,
      Long country,
      String note,
      List<Citation> citations) {
    return AgreementAction.of(
        AgreementAction.Kind.valueOf(kind),
        new ActionFacts(
            new AgreementActionId(id),
            party == null ? null : new PartyId(party),
            person == null ? null : new PersonId(person),
            date,
            effective,
            city == null && country == null
                ? null
                : new Place(city, country == null ? null : new PartyId(country)),
            note,
            citations));
  }

  @Override
  public Map<AgreementId, Agreement> byIds(Collection<AgreementId> ids) {
    return Columns.byIds(db, BY_ID, ids, AgreementId::value, Agreement::id);
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
    return OF_PARTIES
        .fetchByIds(db, parties, PartyId::value)
        .intoGroups(row -> new PartyId(row.value1()), Record2::value2);
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
  public Page<Agreement> find(AgreementFilter filter, NameOrder order, PageRequest request) {
    return Columns.pageByName(
        db,
        AGREEMENT_ROW,
        AGREEMENT,
        AGREEMENT.TITLE,
        AGREEMENT.ID,
        AgreementConditions.of(filter),
        order,
        request);
  }

  @Override
  public int count(AgreementFilter filter) {
    return db.fetchCount(AGREEMENT, AgreementConditions.of(filter));
  }

  @Override
  public Map<AgreementActionId, AgreementAction> actions(Collection<AgreementActionId> ids) {
    return Columns.byIds(
        db, ACTION_BY_ID, ids, AgreementActionId::value, action -> action.facts().id());
  }

  @Override
  public Map<AgreementActionId, Agreement> ofActions(Collection<AgreementActionId> actions) {
    return OF_ACTIONS
        .fetchByIds(db, actions, AgreementActionId::value)
        .intoMap(row -> new AgreementActionId(row.value1()), Record2::value2);
  }

  @Override
  public AgreementId add(Agreement agreement) {
    requireParties(agreement.partyIds(), Set.of());
    agreement.requireCitedActions();
    long id =
        db.insertInto(AGREEMENT)
            .set(columns(agreement))
            .returning(AGREEMENT.ID)
            .fetchSingle(AGREEMENT.ID);
    writeParties(id, agreement.partyIds());
    for (int i = 0; i < agreement.actions().size(); i++) {
      try {
        insertAction(id, DSL.val(i), agreement.actions().get(i));
      } catch (RuleViolation violation) {
        throw violation.at("actions", String.valueOf(i));
      }
    }
    IdentifierRows.insert(db, IDENTIFIER.AGREEMENT_ID, id, agreement.identifiers());
    CitationRows.insert(db, CITATION.AGREEMENT_ID, id, agreement.citations());
    return new AgreementId(id);
  }

  @Override
  public void replace(Agreement agreement, long version) {
    long id = agreement.id().value();
    requireParties(
        agreement.partyIds(),
        Set.copyOf(
            db.fetchValues(
                select(AGREEMENT_PARTY.PARTY_ID)
                    .from(AGREEMENT_PARTY)
                    .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)))));
    Versions.claim(db, RecordKind.AGREEMENT, id, version, columns(agreement));
    writeParties(id, agreement.partyIds());
    IdentifierRows.replace(db, IDENTIFIER.AGREEMENT_ID, id, agreement.identifiers());
  }

  @Override
  public AgreementActionId recordAction(
      AgreementId agreement, long version, AgreementAction action) {
    // Lock first, then read: the lifecycle is checked against the actions as they are now.
    Versions.claim(db, RecordKind.AGREEMENT, agreement.value(), version, "agreement");
    byIds(List.of(agreement)).get(agreement).withAction(action);
    Field<Integer> next =
        HistoryRows.nextOrdinal(
            AGREEMENT_ACTION.ORDINAL, AGREEMENT_ACTION.AGREEMENT_ID, agreement.value());
    return new AgreementActionId(insertAction(agreement.value(), next, action));
  }

  @Override
  public AgreementId removeAction(AgreementActionId action, long version) {
    long key =
        HistoryRows.ownerOf(
            db,
            AGREEMENT_ACTION.ID,
            AGREEMENT_ACTION.AGREEMENT_ID,
            action.value(),
            "agreement action");
    AgreementId agreement = new AgreementId(key);
    Versions.claim(db, RecordKind.AGREEMENT, key, version, "id");
    try {
      byIds(List.of(agreement)).get(agreement).withoutAction(action);
    } catch (RuleViolation violation) {
      throw violation.at("id");
    }
    // Its citations go with it (on delete cascade), each into the agreement's history.
    db.deleteFrom(AGREEMENT_ACTION).where(AGREEMENT_ACTION.ID.eq(action.value())).execute();
    return agreement;
  }

  /** Requires the parties given; retired ones among {@code kept} (the agreement's own) stay. */
  private void requireParties(List<PartyId> parties, Set<Long> kept) {
    References references = new References();
    for (int i = 0; i < parties.size(); i++) {
      references.to(RecordKind.PARTY, parties.get(i).value(), "parties", String.valueOf(i));
    }
    references.check(db, Map.of(RecordKind.PARTY, kept));
  }

  /** The agreement's parties as given: those left out go, new ones come. */
  private void writeParties(long id, List<PartyId> parties) {
    List<Long> keys = parties.stream().map(PartyId::value).toList();
    db.deleteFrom(AGREEMENT_PARTY)
        .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id))
        .and(AGREEMENT_PARTY.PARTY_ID.notIn(keys))
        .execute();
    var insert =
        db.insertInto(AGREEMENT_PARTY, AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT_PARTY.PARTY_ID);
    for (Long party : keys) {
      insert = insert.values(id, party);
    }
    insert.onConflictDoNothing().execute();
  }

  /** Writes an action and its citations at {@code ordinal} among the agreement's actions. */
  private long insertAction(long agreement, Field<Integer> ordinal, AgreementAction action) {
    ActionFacts facts = action.facts();
    PartyId country = facts.place() == null ? null : facts.place().countryId();
    if (country != null) {
      References.require(db, RecordKind.PARTY, country.value(), "place", "country");
    }
    long id =
        db.insertInto(AGREEMENT_ACTION)
            .set(AGREEMENT_ACTION.AGREEMENT_ID, agreement)
            .set(AGREEMENT_ACTION.ORDINAL, ordinal)
            .set(AGREEMENT_ACTION.KIND, action.kind().name())
            .set(AGREEMENT_ACTION.PARTY_ID, facts.party().map(PartyId::value).orElse(null))
            .set(
                AGREEMENT_ACTION.PERSON_ID,
                facts.personId() == null ? null : facts.personId().value())
            .set(AGREEMENT_ACTION.DATE_PRECISION, Columns.precision(facts.date()))
            .set(AGREEMENT_ACTION.DATE_FROM, Columns.from(facts.date()))
            .set(AGREEMENT_ACTION.DATE_TO, Columns.to(facts.date()))
            .set(AGREEMENT_ACTION.EFFECTIVE_PRECISION, Columns.precision(facts.effective()))
            .set(AGREEMENT_ACTION.EFFECTIVE_FROM, Columns.from(facts.effective()))
            .set(AGREEMENT_ACTION.EFFECTIVE_TO, Columns.to(facts.effective()))
            .set(AGREEMENT_ACTION.CITY, facts.place() == null ? null : facts.place().city())
            .set(AGREEMENT_ACTION.COUNTRY_ID, country == null ? null : country.value())
            .set(AGREEMENT_ACTION.NOTE, facts.note())
            .returning(AGREEMENT_ACTION.ID)
            .fetchSingle(AGREEMENT_ACTION.ID);
    CitationRows.insert(db, CITATION.AGREEMENT_ACTION_ID, id, facts.citations());
    return id;
  }

  private static Map<Field<?>, Object> columns(Agreement agreement) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(AGREEMENT.TITLE, agreement.title());
    columns.put(AGREEMENT.SHORT_TITLE, agreement.shortTitle());
    columns.put(AGREEMENT.KIND, agreement.kind().name());
    columns.put(AGREEMENT.SUMMARY, agreement.summary());
    columns.put(AGREEMENT.REPLACES_ID, agreement.replaces().map(AgreementId::value).orElse(null));
    columns.put(
        AGREEMENT.FIRST_IN_REGION_ID,
        agreement.firstInRegionId() == null ? null : agreement.firstInRegionId().value());
    return columns;
  }
}
