package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.TENURE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.TenureId;
import org.entente.domain.person.Tenures;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Tenures in PostgreSQL, in the order they started (unknown starts first). */
final class JooqTenures implements Tenures {

  static final SelectField<Tenure> TENURE_ROW =
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
              Columns.citations(CITATION.TENURE_ID.eq(TENURE.ID)))
          .mapping(
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

  private final DSLContext db;

  JooqTenures(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<PersonId, List<Tenure>> ofPeople(Collection<PersonId> people) {
    return fetch(TENURE.PERSON_ID.in(people.stream().map(PersonId::value).toList())).stream()
        .collect(Collectors.groupingBy(Tenure::personId));
  }

  @Override
  public Map<OfficeId, List<Tenure>> ofOffices(Collection<OfficeId> offices) {
    return fetch(TENURE.OFFICE_ID.in(offices.stream().map(OfficeId::value).toList())).stream()
        .collect(Collectors.groupingBy(Tenure::officeId));
  }

  private List<Tenure> fetch(Condition condition) {
    return db.select(TENURE_ROW)
        .from(TENURE)
        .where(condition)
        .orderBy(TENURE.START_FROM.asc().nullsFirst(), TENURE.ID)
        .fetch(Record1::value1);
  }
}
