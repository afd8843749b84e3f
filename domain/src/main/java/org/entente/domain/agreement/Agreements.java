package org.entente.domain.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.party.PartyId;

/** All agreements on record. */
public interface Agreements {

  Map<AgreementId, Agreement> byIds(Collection<AgreementId> ids);

  Optional<Agreement> byIdentifier(Identifier identifier);

  Map<PartyId, List<Agreement>> ofParties(Collection<PartyId> parties);

  Page<Agreement> page(PageRequest request);

  /** One page of the agreements that match, in id order. */
  Page<Agreement> find(AgreementFilter filter, PageRequest request);

  int count(AgreementFilter filter);

  /** The agreements to which every one of these parties is a party. */
  List<Agreement> between(Collection<PartyId> parties);

  int count();
}
