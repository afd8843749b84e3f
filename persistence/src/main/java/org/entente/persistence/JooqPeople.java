package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.entente.persistence.jooq.Tables.OFFICE;
import static org.entente.persistence.jooq.Tables.PERSON;
import static org.entente.persistence.jooq.Tables.PERSON_ALIAS;
import static org.entente.persistence.jooq.Tables.TENURE;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.People;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonFilter;
import org.entente.domain.person.PersonId;
import org.entente.domain.revision.RecordKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** People in PostgreSQL, with their aliases and identifiers. */
final class JooqPeople implements People {

  static final Field<Person> PERSON_ROW =
      JsonRows.row(
          DSL.row(
              PERSON.ID,
              PERSON.NAME,
              JsonRows.list(
                  select(PERSON_ALIAS.ALIAS)
                      .from(PERSON_ALIAS)
                      .where(PERSON_ALIAS.PERSON_ID.eq(PERSON.ID))
                      .orderBy(PERSON_ALIAS.ALIAS)),
              Columns.identifiers(IDENTIFIER.PERSON_ID.eq(PERSON.ID))),
          (id, name, aliases, identifiers) ->
              new Person(new PersonId(id), name, aliases, identifiers));

  private static final Prerendered<Record1<Person>> BY_ID = Columns.byId(PERSON_ROW, PERSON.ID);

  private final DSLContext db;

  JooqPeople(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<PersonId, Person> byIds(Collection<PersonId> ids) {
    return Columns.byIds(db, BY_ID, ids, PersonId::value, Person::id);
  }

  @Override
  public Optional<Person> byIdentifier(Identifier identifier) {
    return db.select(PERSON_ROW)
        .from(PERSON)
        .where(
            PERSON.ID.in(
                select(IDENTIFIER.PERSON_ID)
                    .from(IDENTIFIER)
                    .where(IDENTIFIER.SCHEME.eq(identifier.scheme()))
                    .and(IDENTIFIER.VALUE.eq(identifier.value()))))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Person> page(PageRequest request) {
    return Columns.pageById(db, PERSON_ROW, PERSON, PERSON.ID, PERSON.RETIRED_AT.isNull(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(PERSON, PERSON.RETIRED_AT.isNull());
  }

  private static Condition matching(PersonFilter filter) {
    Condition condition = PERSON.RETIRED_AT.isNull();
    if (!filter.offices().isEmpty()) {
      condition =
          condition.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(TENURE)
                      .where(TENURE.PERSON_ID.eq(PERSON.ID))
                      .and(TENURE.RETIRED_AT.isNull())
                      .and(
                          TENURE.OFFICE_ID.in(
                              filter.offices().stream().map(OfficeId::value).toList()))));
    }
    if (!filter.parties().isEmpty()) {
      condition =
          condition.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(TENURE)
                      .join(OFFICE)
                      .on(OFFICE.ID.eq(TENURE.OFFICE_ID))
                      .where(TENURE.PERSON_ID.eq(PERSON.ID))
                      .and(TENURE.RETIRED_AT.isNull())
                      .and(
                          OFFICE.PARTY_ID.in(
                              filter.parties().stream().map(PartyId::value).toList()))));
    }
    return condition;
  }

  @Override
  public Page<Person> find(PersonFilter filter, NameOrder order, PageRequest request) {
    return Columns.pageByName(
        db, PERSON_ROW, PERSON, PERSON.NAME, PERSON.ID, matching(filter), order, request);
  }

  @Override
  public int count(PersonFilter filter) {
    return db.fetchCount(PERSON, matching(filter));
  }

  @Override
  public PersonId add(Person person) {
    long id =
        db.insertInto(PERSON)
            .set(PERSON.NAME, person.name())
            .returning(PERSON.ID)
            .fetchSingle(PERSON.ID);
    for (String alias : person.aliases()) {
      db.insertInto(PERSON_ALIAS)
          .set(PERSON_ALIAS.PERSON_ID, id)
          .set(PERSON_ALIAS.ALIAS, alias)
          .execute();
    }
    IdentifierRows.insert(db, IDENTIFIER.PERSON_ID, id, person.identifiers());
    return new PersonId(id);
  }

  @Override
  public void replace(Person person, long version) {
    long id = person.id().value();
    Versions.claim(db, RecordKind.PERSON, id, version, Map.of(PERSON.NAME, person.name()));
    db.deleteFrom(PERSON_ALIAS)
        .where(PERSON_ALIAS.PERSON_ID.eq(id))
        .and(PERSON_ALIAS.ALIAS.notIn(person.aliases()))
        .execute();
    for (String alias : person.aliases()) {
      db.insertInto(PERSON_ALIAS)
          .set(PERSON_ALIAS.PERSON_ID, id)
          .set(PERSON_ALIAS.ALIAS, alias)
          .onConflictDoNothing()
          .execute();
    }
    IdentifierRows.replace(db, IDENTIFIER.PERSON_ID, id, person.identifiers());
  }

  @Override
  public void retire(PersonId id, long version) {
    Versions.retire(db, RecordKind.PERSON, id.value(), version);
  }
}
