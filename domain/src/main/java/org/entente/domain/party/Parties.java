package org.entente.domain.party;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** All parties on record. */
public interface Parties {

  Map<PartyId, Party> byIds(Collection<PartyId> ids);

  Optional<Party> byIdentifier(Identifier identifier);

  Page<Party> page(PageRequest request);

  /** One page of the parties that match, in the order given. */
  Page<Party> find(PartyFilter filter, NameOrder order, PageRequest request);

  int count(PartyFilter filter);

  int count();

  Map<RegionId, Region> regions(Collection<RegionId> ids);

  /** Regions by code; a code that names no region is absent from the map. */
  Map<String, Region> regionsByCode(Collection<String> codes);

  /** Records a new party with its regions and identifiers; the record draws its ID. */
  PartyId add(Party party);

  /**
   * Replaces what is recorded of the party, if it is still at {@code version}; refused with
   * CONFLICT and what changed since, otherwise.
   */
  void replace(Party party, long version);

  /** Takes the party out of lists and search; it stays readable by ID and where it is cited. */
  void retire(PartyId id, long version);
}
