package org.entente.domain.negotiation;

import java.util.Objects;
import org.entente.domain.party.PartyId;

/**
 * A side of a negotiation and who negotiates for it, such as the European Commission for the EU.
 */
public record NegotiatingParty(PartyId partyId, PartyId negotiatorId) {

  public NegotiatingParty {
    Objects.requireNonNull(partyId, "party");
    if (partyId.equals(negotiatorId)) {
      throw new IllegalArgumentException(
          "name a negotiator only when another body negotiates for the party");
    }
  }
}
