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
}
