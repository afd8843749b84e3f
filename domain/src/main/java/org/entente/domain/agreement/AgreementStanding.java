package org.entente.domain.agreement;

import java.util.List;
import java.util.Objects;
import org.entente.domain.PartialDate;
import org.entente.domain.party.PartyId;

/**
 * An agreement's status at a date, since when it has held (unknown before any action), and each
 * party's own.
 */
public record AgreementStanding(
    AgreementStatus status, PartialDate since, List<PartyStanding> parties) {

  /** One party's status towards the agreement, and since when. */
  public record PartyStanding(PartyId partyId, PartyStatus status, PartialDate since) {
    public PartyStanding {
      Objects.requireNonNull(partyId, "party");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(since, "since");
    }
  }

  public AgreementStanding {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    parties = List.copyOf(parties);
  }
}
