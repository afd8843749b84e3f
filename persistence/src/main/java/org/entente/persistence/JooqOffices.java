package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.entente.persistence.jooq.Tables.OFFICE;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.RuleViolation;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeHolders;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Offices;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** Offices in PostgreSQL. */
final class JooqOffices implements Offices {

  static final Field<Office> OFFICE_ROW =
      JsonRows.row(
          DSL.row(
              OFFICE.ID,
              OFFICE.NAME,
              OFFICE.PARTY_ID,
              OFFICE.SINGLE_HOLDER,
              Columns.identifiers(IDENTIFIER.OFFICE_ID.eq(OFFICE.ID))),
          (id, name, party, singleHolder, identifiers) ->
              new Office(new OfficeId(id), name, new PartyId(party), singleHolder, identifiers));

  private static final Prerendered<Record1<Office>> OF_PARTIES =
      Columns.byKey(OFFICE_ROW, OFFICE.PARTY_ID, OFFICE.RETIRED_AT.isNull(), List.of(OFFICE.ID));

  private static final Prerendered<Record1<Office>> BY_ID = Columns.byId(OFFICE_ROW, OFFICE.ID);

  private final DSLContext db;

  JooqOffices(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<OfficeId, Office> byIds(Collection<OfficeId> ids) {
    return Columns.byIds(db, BY_ID, ids, OfficeId::value, Office::id);
  }

  @Override
  public Map<PartyId, List<Office>> ofParties(Collection<PartyId> parties) {
    return Columns.fetch(db, OF_PARTIES, parties, PartyId::value).stream()
        .collect(Collectors.groupingBy(Office::partyId));
  }

  @Override
  public Page<Office> page(PageRequest request) {
    return Columns.pageById(db, OFFICE_ROW, OFFICE, OFFICE.ID, OFFICE.RETIRED_AT.isNull(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(OFFICE, OFFICE.RETIRED_AT.isNull());
  }

  @Override
  public OfficeId add(Office office) {
    References.require(db, RecordKind.PARTY, office.partyId().value(), "party");
    long id =
        db.insertInto(OFFICE).set(columns(office)).returning(OFFICE.ID).fetchSingle(OFFICE.ID);
    IdentifierRows.insert(db, IDENTIFIER.OFFICE_ID, id, office.identifiers());
    return new OfficeId(id);
  }

  /**
   * Replaces the office. Its single-holder flag is carried by its tenures' rows, which follow it by
   * their foreign key; the schema's exclusion constraint then guards what the domain checks first.
   */
  @Override
  public void replace(Office office, long version) {
    long id = office.id().value();
    Versions.hold(db, RecordKind.OFFICE, id, version);
    Office current = byIds(List.of(office.id())).get(office.id());
    if (!current.partyId().equals(office.partyId())) {
      References.require(db, RecordKind.PARTY, office.partyId().value(), "party");
    }
    if (office.singleHolder() && !current.singleHolder()) {
      try {
        OfficeHolders.checkOneHolderAtATime(
            office,
            new JooqTenures(db)
                .ofOffices(List.of(office.id()))
                .getOrDefault(office.id(), List.of()));
      } catch (RuleViolation overlap) {
        throw overlap.at("singleHolder");
      }
    }
    Versions.claim(db, RecordKind.OFFICE, id, version, columns(office));
    IdentifierRows.replace(db, IDENTIFIER.OFFICE_ID, id, office.identifiers());
  }

  @Override
  public void retire(OfficeId id, long version) {
    Versions.retire(db, RecordKind.OFFICE, id.value(), version);
  }

  private static Map<Field<?>, Object> columns(Office office) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(OFFICE.NAME, office.name());
    columns.put(OFFICE.PARTY_ID, office.partyId().value());
    columns.put(OFFICE.SINGLE_HOLDER, office.singleHolder());
    return columns;
  }
}
