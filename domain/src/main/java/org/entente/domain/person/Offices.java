package org.entente.domain.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.party.PartyId;

/** All offices on record. */
public interface Offices {

  Map<OfficeId, Office> byIds(Collection<OfficeId> ids);

  Map<PartyId, List<Office>> ofParties(Collection<PartyId> parties);

  Page<Office> page(PageRequest request);

  int count();

  /** Records a new office of a party, which must be on record and not retired. */
  OfficeId add(Office office);

  /**
   * Replaces what is recorded of the office, if it is still at {@code version}. Making it
   * single-holder is refused with TENURE_OVERLAP while two of its tenures overlap.
   */
  void replace(Office office, long version);

  /** Takes the office out of lists; it stays readable by ID, with its tenures. */
  void retire(OfficeId id, long version);
}
