package org.entente.domain.person;

import java.util.List;
import java.util.Objects;
import org.entente.domain.Identifier;
import org.entente.domain.Text;
import org.entente.domain.party.PartyId;

/**
 * An office of a party. A single-holder office ("President of ...") has one holder at a time; an
 * office such as "Vice-President of the European Commission" may have several.
 */
public record Office(
    OfficeId id, String name, PartyId partyId, boolean singleHolder, List<Identifier> identifiers) {

  public Office {
    name = Text.required(name, "office name");
    Objects.requireNonNull(partyId, "the party an office belongs to");
    identifiers = List.copyOf(identifiers);
  }
}
