package org.entente.domain.party;

import java.util.List;
import java.util.Set;

/** Which parties to list: of any of these kinds, in any of these regions (by code). */
public record PartyFilter(Set<PartyKind> kinds, List<String> regions) {

  public static final PartyFilter ALL = new PartyFilter(null, null);

  public PartyFilter {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    regions = regions == null ? List.of() : List.copyOf(regions);
  }
}
