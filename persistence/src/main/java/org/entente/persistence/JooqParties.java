package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.entente.persistence.jooq.Tables.PARTY;
import static org.entente.persistence.jooq.Tables.PARTY_REGION;
import static org.entente.persistence.jooq.Tables.REGION;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.party.IsoCodes;
import org.entente.domain.party.Parties;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyFilter;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.PartyKind;
import org.entente.domain.party.Region;
import org.entente.domain.party.RegionId;
import org.entente.domain.revision.RecordKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** Parties in PostgreSQL. ISO 3166 codes are found as identifiers of the schemes ISO_3166_*. */
final class JooqParties implements Parties {

  private static final Field<Region> REGION_ROW =
      JsonRows.row(
          DSL.row(REGION.ID, REGION.CODE, REGION.NAME),
          (id, code, name) -> new Region(new RegionId(id), code, name));

  static final Field<Party> PARTY_ROW =
      JsonRows.row(
          DSL.row(
              PARTY.ID,
              PARTY.KIND,
              PARTY.NAME,
              PARTY.SHORT_NAME,
              PARTY.ISO_ALPHA2,
              PARTY.ISO_ALPHA3,
              PARTY.ISO_NUMERIC,
              PARTY.PARENT_ID,
              regions(),
              Columns.identifiers(IDENTIFIER.PARTY_ID.eq(PARTY.ID))),
          (id, kind, name, shortName, alpha2, alpha3, numeric, parent, regions, identifiers) ->
              new Party(
                  new PartyId(id),
                  PartyKind.valueOf(kind),
                  name,
                  shortName,
                  alpha2 == null ? null : new IsoCodes(alpha2, alpha3, numeric),
                  parent == null ? null : new PartyId(parent),
                  regions,
                  identifiers));

  private static final Prerendered<Record1<Party>> BY_ID = Columns.byId(PARTY_ROW, PARTY.ID);

  private final DSLContext db;

  JooqParties(DSLContext db) {
    this.db = db;
  }

  private static Field<List<Region>> regions() {
    return JsonRows.list(
        select(REGION_ROW)
            .from(PARTY_REGION)
            .join(REGION)
            .on(REGION.ID.eq(PARTY_REGION.REGION_ID))
            .where(PARTY_REGION.PARTY_ID.eq(PARTY.ID))
            .orderBy(REGION.CODE));
  }

  @Override
  public Map<PartyId, Party> byIds(Collection<PartyId> ids) {
    return Columns.byIds(db, BY_ID, ids, PartyId::value, Party::id);
  }

  @Override
  public Optional<Party> byIdentifier(Identifier identifier) {
    Condition match =
        switch (identifier.scheme()) {
          case "ISO_3166_ALPHA2" -> PARTY.ISO_ALPHA2.eq(identifier.value());
          case "ISO_3166_ALPHA3" -> PARTY.ISO_ALPHA3.eq(identifier.value());
          case "ISO_3166_NUMERIC" -> PARTY.ISO_NUMERIC.eq(identifier.value());
          default ->
              PARTY.ID.in(
                  select(IDENTIFIER.PARTY_ID)
                      .from(IDENTIFIER)
                      .where(IDENTIFIER.SCHEME.eq(identifier.scheme()))
                      .and(IDENTIFIER.VALUE.eq(identifier.value())));
        };
    return db.select(PARTY_ROW).from(PARTY).where(match).fetchOptional(Record1::value1);
  }

  @Override
  public Page<Party> page(PageRequest request) {
    return Columns.pageById(db, PARTY_ROW, PARTY, PARTY.ID, PARTY.RETIRED_AT.isNull(), request);
  }

  @Override
  public Map<RegionId, Region> regions(Collection<RegionId> ids) {
    return db
        .select(REGION_ROW)
        .from(REGION)
        .where(REGION.ID.in(ids.stream().map(RegionId::value).toList()))
        .fetch(Record1::value1)
        .stream()
        .collect(Collectors.toMap(Region::id, Function.identity()));
  }

  @Override
  public Map<String, Region> regionsByCode(Collection<String> codes) {
    return db
        .select(REGION_ROW)
        .from(REGION)
        .where(REGION.CODE.in(codes))
        .fetch(Record1::value1)
        .stream()
        .collect(Collectors.toMap(Region::code, Function.identity()));
  }

  @Override
  public PartyId add(Party party) {
    long id = db.insertInto(PARTY).set(columns(party)).returning(PARTY.ID).fetchSingle(PARTY.ID);
    for (Region region : party.regions()) {
      db.insertInto(PARTY_REGION)
          .set(PARTY_REGION.PARTY_ID, id)
          .set(PARTY_REGION.REGION_ID, region.id().value())
          .execute();
    }
    IdentifierRows.insert(db, IDENTIFIER.PARTY_ID, id, party.identifiers());
    return new PartyId(id);
  }

  @Override
  public void replace(Party party, long version) {
    long id = party.id().value();
    Versions.claim(db, RecordKind.PARTY, id, version, columns(party));
    List<Long> regions = party.regions().stream().map(region -> region.id().value()).toList();
    db.deleteFrom(PARTY_REGION)
        .where(PARTY_REGION.PARTY_ID.eq(id))
        .and(PARTY_REGION.REGION_ID.notIn(regions))
        .execute();
    for (Long region : regions) {
      db.insertInto(PARTY_REGION)
          .set(PARTY_REGION.PARTY_ID, id)
          .set(PARTY_REGION.REGION_ID, region)
          .onConflictDoNothing()
          .execute();
    }
    IdentifierRows.replace(db, IDENTIFIER.PARTY_ID, id, party.identifiers());
  }

  @Override
  public void retire(PartyId id, long version) {
    Versions.retire(db, RecordKind.PARTY, id.value(), version);
  }

  private static Map<Field<?>, Object> columns(Party party) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(PARTY.KIND, party.kind().name());
    columns.put(PARTY.NAME, party.name());
    columns.put(PARTY.SHORT_NAME, party.shortName());
    columns.put(PARTY.ISO_ALPHA2, party.iso().map(IsoCodes::alpha2).orElse(null));
    columns.put(PARTY.ISO_ALPHA3, party.iso().map(IsoCodes::alpha3).orElse(null));
    columns.put(PARTY.ISO_NUMERIC, party.iso().map(IsoCodes::numeric).orElse(null));
    columns.put(PARTY.PARENT_ID, party.parent().map(PartyId::value).orElse(null));
    return columns;
  }

  @Override
  public int count() {
    return db.fetchCount(PARTY, PARTY.RETIRED_AT.isNull());
  }

  private static Condition matching(PartyFilter filter) {
    Condition condition = PARTY.RETIRED_AT.isNull();
    if (!filter.kinds().isEmpty()) {
      condition = condition.and(Columns.isAnyOf(PARTY.KIND, filter.kinds()));
    }
    if (!filter.regions().isEmpty()) {
      condition =
          condition.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(PARTY_REGION)
                      .join(REGION)
                      .on(REGION.ID.eq(PARTY_REGION.REGION_ID))
                      .where(PARTY_REGION.PARTY_ID.eq(PARTY.ID))
                      .and(REGION.CODE.in(filter.regions()))));
    }
    return condition;
  }

  @Override
  public Page<Party> find(PartyFilter filter, NameOrder order, PageRequest request) {
    return Columns.pageByName(
        db, PARTY_ROW, PARTY, PARTY.NAME, PARTY.ID, matching(filter), order, request);
  }

  @Override
  public int count(PartyFilter filter) {
    return db.fetchCount(PARTY, matching(filter));
  }
}
