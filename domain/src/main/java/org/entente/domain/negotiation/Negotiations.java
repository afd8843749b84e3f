package org.entente.domain.negotiation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.party.PartyId;

/** All negotiations on record. */
public interface Negotiations {

  Map<NegotiationId, Negotiation> byIds(Collection<NegotiationId> ids);

  Map<PartyId, List<Negotiation>> ofParties(Collection<PartyId> parties);

  /** The negotiations that produced the given agreements. */
  Map<AgreementId, Negotiation> producing(Collection<AgreementId> agreements);

  /** The negotiations that took a step at the given meetings. */
  Map<MeetingId, List<Negotiation>> steppedAt(Collection<MeetingId> meetings);

  Page<Negotiation> page(PageRequest request);

  /** One page of the negotiations that match, in the order given. */
  Page<Negotiation> find(NegotiationFilter filter, NameOrder order, PageRequest request);

  int count(NegotiationFilter filter);

  /** The negotiations in which every one of these parties takes part. */
  List<Negotiation> between(Collection<PartyId> parties);

  int count();

  /** The steps with these ids, each read alone, by id; ids on record nowhere are absent. */
  Map<NegotiationStepId, NegotiationStep> steps(Collection<NegotiationStepId> ids);

  /** The negotiations the given steps belong to. */
  Map<NegotiationStepId, Negotiation> ofSteps(Collection<NegotiationStepId> steps);

  /**
   * Records a new negotiation with its parties, topics, steps and citations; the record draws its
   * ID. Every step must cite a source.
   */
  NegotiationId add(Negotiation negotiation);

  /**
   * Replaces what is recorded of the negotiation itself (title, subject, parties, topics, target,
   * agreement), if it is still at {@code version}; its steps and citations change one at a time.
   */
  void replace(Negotiation negotiation, long version);

  /**
   * Records {@code step} after the negotiation's last one, if the negotiation is still at {@code
   * version} and {@link Negotiation#withStep} allows it; raises the negotiation's version.
   */
  NegotiationStepId recordStep(NegotiationId negotiation, long version, NegotiationStep step);

  /**
   * Removes a step recorded by mistake, if its negotiation is still at {@code version} and {@link
   * Negotiation#withoutStep} allows it; answers the negotiation, whose version it raises.
   */
  NegotiationId removeStep(NegotiationStepId step, long version);
}
