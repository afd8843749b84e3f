package org.entente.domain.negotiation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /** One page of the negotiations that match, in id order. */
  Page<Negotiation> find(NegotiationFilter filter, PageRequest request);

  int count(NegotiationFilter filter);

  /** The negotiations in which every one of these parties takes part. */
  List<Negotiation> between(Collection<PartyId> parties);

  int count();
}
