package org.entente.domain.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** All tenures on record, in the order they started. */
public interface Tenures {

  Map<PersonId, List<Tenure>> ofPeople(Collection<PersonId> people);

  Map<OfficeId, List<Tenure>> ofOffices(Collection<OfficeId> offices);
}
