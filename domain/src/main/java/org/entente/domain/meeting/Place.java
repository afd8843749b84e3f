package org.entente.domain.meeting;

import org.entente.domain.Text;
import org.entente.domain.party.PartyId;

/** Where something happened: a city, and the state it lies in where known. */
public record Place(String city, PartyId countryId) {

  public Place {
    city = Text.optional(city, "city");
    if (city == null && countryId == null) {
      throw new IllegalArgumentException("a place names a city, a country or both");
    }
  }
}
