package org.entente.domain.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * All tenures on record, in the order they started. A retired tenure was recorded by mistake: it is
 * readable by ID, and nowhere else, not even as evidence of who held an office.
 */
public interface Tenures {

  Map<TenureId, Tenure> byIds(Collection<TenureId> ids);

  Map<PersonId, List<Tenure>> ofPeople(Collection<PersonId> people);

  Map<OfficeId, List<Tenure>> ofOffices(Collection<OfficeId> offices);

  /**
   * Records a new tenure of a person on record in an office on record, citing sources on record;
   * refused with TENURE_OVERLAP when the office has one holder at a time and another of its tenures
   * certainly overlaps.
   */
  TenureId add(Tenure tenure);

  /**
   * Replaces what is recorded of the tenure, if it is still at {@code version}, by the rules of
   * {@link #add}; refused with OFFICE_NOT_HELD when a meeting the person attended would no longer
   * fall within a tenure of the office it records for them.
   */
  void replace(Tenure tenure, long version);

  /** Retires a tenure recorded by mistake, refused with OFFICE_NOT_HELD when a meeting needs it. */
  void retire(TenureId id, long version);
}
