package org.entente.domain.person;

import java.util.List;
import org.entente.domain.party.PartyId;

/** Which people to list: who held an office of any of these parties, or any of these offices. */
public record PersonFilter(List<PartyId> parties, List<OfficeId> offices) {

  public static final PersonFilter ALL = new PersonFilter(null, null);

  public PersonFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    offices = offices == null ? List.of() : List.copyOf(offices);
  }
}
