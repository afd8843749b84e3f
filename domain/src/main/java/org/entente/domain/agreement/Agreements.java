package org.entente.domain.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
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
  /** One page of the agreements that match, in the order given. */
  Page<Agreement> find(AgreementFilter filter, NameOrder order, PageRequest request);

  int count(AgreementFilter filter);

  /** The agreements to which every one of these parties is a party. */
  List<Agreement> between(Collection<PartyId> parties);

  int count();

  /** The actions with these ids, each read alone, by id; ids on record nowhere are absent. */
  Map<AgreementActionId, AgreementAction> actions(Collection<AgreementActionId> ids);

  /** The agreements the given actions were taken on. */
  Map<AgreementActionId, Agreement> ofActions(Collection<AgreementActionId> actions);

  /**
   * Records a new agreement with its parties, actions, identifiers and citations; the record draws
   * its ID. Every action must cite a source.
   */
  AgreementId add(Agreement agreement);

  /**
   * Replaces what is recorded of the agreement itself (title, short title, kind, summary, parties,
   * what it replaces, the region it was first in, identifiers), if it is still at {@code version};
   * its actions and citations change one at a time.
   */
  void replace(Agreement agreement, long version);

  /**
   * Records {@code action} after the agreement's last one, if the agreement is still at {@code
   * version} and {@link Agreement#withAction} allows it; raises the agreement's version.
   */
  AgreementActionId recordAction(AgreementId agreement, long version, AgreementAction action);

  /**
   * Removes an action recorded by mistake, if its agreement is still at {@code version} and {@link
   * Agreement#withoutAction} allows it; answers the agreement, whose version it raises.
   */
  AgreementId removeAction(AgreementActionId action, long version);
}
