package org.entente.domain.party;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** All parties on record. */
public interface Parties {

  Map<PartyId, Party> byIds(Collection<PartyId> ids);

  Optional<Party> byIdentifier(Identifier identifier);

  Page<Party> page(PageRequest request);

  Page<Party> find(PartyFilter filter, PageRequest request);

  int count(PartyFilter filter);

  int count();

  Map<RegionId, Region> regions(Collection<RegionId> ids);
}
