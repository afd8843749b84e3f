package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.entente.persistence.jooq.Tables.PARTY;
import static org.entente.persistence.jooq.Tables.PARTY_REGION;
import static org.entente.persistence.jooq.Tables.REGION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.Identifier;
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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Parties in PostgreSQL. ISO 3166 codes are found as identifiers of the schemes ISO_3166_*. */
final class JooqParties implements Parties {

  static final SelectField<Party> PARTY_ROW =
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
              Columns.identifiers(IDENTIFIER.PARTY_ID.eq(PARTY.ID)))
          .mapping(
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

  private final DSLContext db;

  JooqParties(DSLContext db) {
    this.db = db;
  }

  private static Field<List<Region>> regions() {
    return multiset(
            select(REGION.ID, REGION.CODE, REGION.NAME)
                .from(PARTY_REGION)
                .join(REGION)
                .on(REGION.ID.eq(PARTY_REGION.REGION_ID))
                .where(PARTY_REGION.PARTY_ID.eq(PARTY.ID))
                .orderBy(REGION.CODE))
        .convertFrom(
            rows ->
                rows.map(
                    Records.mapping((id, code, name) -> new Region(new RegionId(id), code, name))));
  }

  @Override
  public Map<PartyId, Party> byIds(Collection<PartyId> ids) {
    return Columns.byIds(db, PARTY_ROW, PARTY, PARTY.ID, ids, PartyId::value, Party::id);
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
    return Columns.pageById(db, PARTY_ROW, PARTY, PARTY.ID, DSL.noCondition(), request);
  }

  @Override
  public Map<RegionId, Region> regions(Collection<RegionId> ids) {
    return db
        .select(REGION.ID, REGION.CODE, REGION.NAME)
        .from(REGION)
        .where(REGION.ID.in(ids.stream().map(RegionId::value).toList()))
        .fetch(Records.mapping((id, code, name) -> new Region(new RegionId(id), code, name)))
        .stream()
        .collect(Collectors.toMap(Region::id, Function.identity()));
  }

  @Override
  public int count() {
    return db.fetchCount(PARTY);
  }

  private static Condition matching(PartyFilter filter) {
    Condition condition = DSL.noCondition();
    if (!filter.kinds().isEmpty()) {
      condition = condition.and(PARTY.KIND.in(filter.kinds().stream().map(Enum::name).toList()));
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
  public Page<Party> find(PartyFilter filter, PageRequest request) {
    return Columns.pageById(db, PARTY_ROW, PARTY, PARTY.ID, matching(filter), request);
  }

  @Override
  public int count(PartyFilter filter) {
    return db.fetchCount(PARTY, matching(filter));
  }
}
