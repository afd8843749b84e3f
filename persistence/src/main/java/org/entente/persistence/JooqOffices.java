package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.entente.persistence.jooq.Tables.OFFICE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Offices;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Offices in PostgreSQL. */
final class JooqOffices implements Offices {

  static final SelectField<Office> OFFICE_ROW =
      DSL.row(
              OFFICE.ID,
              OFFICE.NAME,
              OFFICE.PARTY_ID,
              OFFICE.SINGLE_HOLDER,
              Columns.identifiers(IDENTIFIER.OFFICE_ID.eq(OFFICE.ID)))
          .mapping(
              (id, name, party, singleHolder, identifiers) ->
                  new Office(
                      new OfficeId(id), name, new PartyId(party), singleHolder, identifiers));

  private final DSLContext db;

  JooqOffices(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<OfficeId, Office> byIds(Collection<OfficeId> ids) {
    return Columns.byIds(db, OFFICE_ROW, OFFICE, OFFICE.ID, ids, OfficeId::value, Office::id);
  }

  @Override
  public Map<PartyId, List<Office>> ofParties(Collection<PartyId> parties) {
    return db
        .select(OFFICE_ROW)
        .from(OFFICE)
        .where(OFFICE.PARTY_ID.in(parties.stream().map(PartyId::value).toList()))
        .orderBy(OFFICE.ID)
        .fetch(Record1::value1)
        .stream()
        .collect(Collectors.groupingBy(Office::partyId));
  }

  @Override
  public Page<Office> page(PageRequest request) {
    return Columns.pageById(db, OFFICE_ROW, OFFICE, OFFICE.ID, DSL.noCondition(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(OFFICE);
  }
}
