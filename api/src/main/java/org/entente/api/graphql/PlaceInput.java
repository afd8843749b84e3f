package org.entente.api.graphql;

import org.entente.domain.RuleViolation;
import org.entente.domain.meeting.Place;
import org.entente.domain.party.PartyId;

/** A place as an edit gives it: a city, a country's global ID, or both. */
record PlaceInput(String city, String country) {

  /** The place, or null for none; read at {@code place}. */
  static Place toPlace(PlaceInput input) {
    if (input == null) {
      return null;
    }
    PartyId country =
        input.country() == null
            ? null
            : new PartyId(
                GlobalId.keyOf(input.country(), PartyController.TYPE, "place", "country"));
    try {
      return new Place(input.city(), country);
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("INVALID_INPUT", invalid.getMessage()).at("place");
    }
  }
}
