package org.entente.domain.person;

import java.util.List;
import org.entente.domain.party.PartyId;

/**
 * Which people to list: every criterion given must hold, an office of any of these parties held,
 * and any of these offices held.
 */
public record PersonFilter(List<PartyId> parties, List<OfficeId> offices) {

  public static final PersonFilter ALL = new PersonFilter(null, null);

  public PersonFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    offices = offices == null ? List.of() : List.copyOf(offices);
  }
}
