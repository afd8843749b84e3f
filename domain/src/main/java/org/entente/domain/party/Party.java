package org.entente.domain.party;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.Text;

/**
 * A state, an international organisation, or an institution belonging to another party. Only states
 * carry ISO 3166 codes; an institution always names the party it belongs to.
 */
public record Party(
    PartyId id,
    PartyKind kind,
    String name,
    String shortName,
    IsoCodes isoCodes,
    PartyId parentId,
    List<Region> regions,
    List<Identifier> identifiers) {

  public Party {
    Objects.requireNonNull(kind, "kind");
    name = Text.required(name, "party name");
    shortName = Text.optional(shortName, "short name");
    if (isoCodes != null && kind != PartyKind.STATE) {
      throw new IllegalArgumentException("only a state has ISO 3166 codes, not " + name);
    }
    if (kind == PartyKind.INSTITUTION && parentId == null) {
      throw new IllegalArgumentException("the institution " + name + " must belong to a party");
    }
    if (id != null && id.equals(parentId)) {
      throw new IllegalArgumentException(name + " cannot belong to itself");
    }
    regions = List.copyOf(regions);
    identifiers = List.copyOf(identifiers);
  }

  public Optional<IsoCodes> iso() {
    return Optional.ofNullable(isoCodes);
  }

  public Optional<PartyId> parent() {
    return Optional.ofNullable(parentId);
  }
}
