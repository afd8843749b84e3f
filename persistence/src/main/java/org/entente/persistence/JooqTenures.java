package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.OFFICE;
import static org.entente.persistence.jooq.Tables.TENURE;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.domain.RuleViolation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.ParticipantOffices;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeHolders;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.TenureId;
import org.entente.domain.person.Tenures;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Tenures in PostgreSQL, in the order they started (unknown starts first). Lists leave retired
 * tenures out; so does every rule that asks who held an office.
 */
final class JooqTenures implements Tenures {

  static final Field<Tenure> TENURE_ROW =
      JsonRows.row(
          DSL.row(
              TENURE.ID,
              TENURE.PERSON_ID,
              TENURE.OFFICE_ID,
              TENURE.START_PRECISION,
              TENURE.START_FROM,
              TENURE.START_TO,
              TENURE.END_PRECISION,
              TENURE.END_FROM,
              TENURE.END_TO,
              Columns.citations(CITATION.TENURE_ID.eq(TENURE.ID))),
          (id,
              person,
              office,
              startPrecision,
              startFrom,
              startTo,
              endPrecision,
              endFrom,
              endTo,
              citations) ->
              new Tenure(
                  new TenureId(id),
                  new PersonId(person),
                  new OfficeId(office),
                  Columns.partialDate(startPrecision, startFrom, startTo),
                  Columns.partialDate(endPrecision, endFrom, endTo),
                  citations));

  private static final Prerendered<Record1<Tenure>> OF_PEOPLE = by(TENURE.PERSON_ID);
  private static final Prerendered<Record1<Tenure>> OF_OFFICES = by(TENURE.OFFICE_ID);

  private static final Prerendered<Record1<Tenure>> BY_ID = Columns.byId(TENURE_ROW, TENURE.ID);

  private final DSLContext db;

  JooqTenures(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<TenureId, Tenure> byIds(Collection<TenureId> ids) {
    return Columns.byIds(db, BY_ID, ids, TenureId::value, Tenure::id);
  }

  @Override
  public Map<PersonId, List<Tenure>> ofPeople(Collection<PersonId> people) {
    return Columns.fetch(db, OF_PEOPLE, people, PersonId::value).stream()
        .collect(Collectors.groupingBy(Tenure::personId));
  }

  @Override
  public Map<OfficeId, List<Tenure>> ofOffices(Collection<OfficeId> offices) {
    return Columns.fetch(db, OF_OFFICES, offices, OfficeId::value).stream()
        .collect(Collectors.groupingBy(Tenure::officeId));
  }

  /** The tenures on record whose {@code key} is one of the ids, earliest first. */
  private static Prerendered<Record1<Tenure>> by(TableField<?, Long> key) {
    return Columns.byKey(
        TENURE_ROW,
        key,
        TENURE.RETIRED_AT.isNull(),
        List.of(TENURE.START_FROM.asc().nullsFirst(), TENURE.ID.asc()));
  }

  @Override
  public TenureId add(Tenure tenure) {
    References.require(db, RecordKind.PERSON, tenure.personId().value(), "person");
    References.require(db, RecordKind.OFFICE, tenure.officeId().value(), "office");
    Office office = lockedOffice(tenure.officeId());
    checkStorable(tenure);
    OfficeHolders.checkNoOverlap(office, tenuresOf(office), tenure);
    long id =
        db.insertInto(TENURE)
            .set(columns(tenure, office))
            .returning(TENURE.ID)
            .fetchSingle(TENURE.ID);
    CitationRows.insert(db, CITATION.TENURE_ID, id, tenure.citations());
    return new TenureId(id);
  }

  @Override
  public void replace(Tenure tenure, long version) {
    long id = tenure.id().value();
    Tenure current = byIds(List.of(tenure.id())).get(tenure.id());
    if (current == null) {
      throw new RuleViolation("NOT_FOUND", "there is no tenure with this ID").at("id");
    }
    if (!current.officeId().equals(tenure.officeId())) {
      References.require(db, RecordKind.OFFICE, tenure.officeId().value(), "office");
    }
    // The office before the tenure, in the order an office's change locks them (its flag
    // cascades to its tenures), so that the two never wait for each other.
    Office office = lockedOffice(tenure.officeId());
    Versions.hold(db, RecordKind.TENURE, id, version);
    if (!current.personId().equals(tenure.personId())) {
      References.require(db, RecordKind.PERSON, tenure.personId().value(), "person");
    }
    checkStorable(tenure);
    OfficeHolders.checkNoOverlap(office, tenuresOf(office), tenure);
    Versions.claim(db, RecordKind.TENURE, id, version, columns(tenure, office));
    CitationRows.replace(db, CITATION.TENURE_ID, id, tenure.citations());
    checkMeetingsStillCovered(current.personId());
  }

  @Override
  public void retire(TenureId id, long version) {
    Versions.retire(db, RecordKind.TENURE, id.value(), version);
    checkMeetingsStillCovered(byIds(List.of(id)).get(id).personId());
  }

  /**
   * The office, its row locked until the transaction ends: tenures of one office are written one at
   * a time, so each checks the overlap rule against all the others.
   */
  private Office lockedOffice(OfficeId id) {
    return db.select(JooqOffices.OFFICE_ROW)
        .from(OFFICE)
        .where(OFFICE.ID.eq(id.value()))
        .forUpdate()
        .fetchSingle(Record1::value1);
  }

  private List<Tenure> tenuresOf(Office office) {
    return ofOffices(List.of(office.id())).getOrDefault(office.id(), List.of());
  }

  /**
   * The record keeps the period a tenure certainly covers, from the last day its start may be to
   * the first day its end may be; an end that may fall before the start's last day leaves no such
   * period, and the dates must be given more precisely.
   */
  private static void checkStorable(Tenure tenure) {
    if (tenure.start().isKnown()
        && tenure.end() != null
        && tenure.end().isKnown()
        && tenure.end().from().isBefore(tenure.start().to())) {
      throw new RuleViolation(
              Tenure.ENDS_BEFORE_START,
              "the end ("
                  + tenure.end()
                  + ") may fall before the start ("
                  + tenure.start()
                  + "); give them more precisely")
          .at("end");
    }
  }

  /**
   * Refuses the change when a meeting the person attended records them in an office that none of
   * their tenures, as they now stand, may cover on its date.
   */
  private void checkMeetingsStillCovered(PersonId person) {
    List<Meeting> attended =
        new JooqMeetings(db).attendedBy(List.of(person)).getOrDefault(person, List.of());
    ParticipantOffices.checkStillHeld(
        person, attended, ofPeople(List.of(person)).getOrDefault(person, List.of()));
  }

  private static Map<Field<?>, Object> columns(Tenure tenure, Office office) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(TENURE.PERSON_ID, tenure.personId().value());
    columns.put(TENURE.OFFICE_ID, office.id().value());
    columns.put(TENURE.SINGLE_HOLDER, office.singleHolder());
    columns.put(TENURE.START_PRECISION, Columns.precision(tenure.start()));
    columns.put(TENURE.START_FROM, Columns.from(tenure.start()));
    columns.put(TENURE.START_TO, Columns.to(tenure.start()));
    columns.put(TENURE.END_PRECISION, Columns.precision(tenure.end()));
    columns.put(TENURE.END_FROM, Columns.from(tenure.end()));
    columns.put(TENURE.END_TO, Columns.to(tenure.end()));
    return columns;
  }
}
