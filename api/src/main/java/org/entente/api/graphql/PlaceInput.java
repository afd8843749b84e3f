package org.entente.api.graphql;

import org.entente.domain.RuleViolation;
import org.entente.domain.meeting.Place;
import org.entente.domain.party.PartyId;

/** Where something happened, as a mutation receives it: a city, a country's ID, or both. */
record PlaceInput(String city, String country) {

  /** The place of the input field {@code place}; none when it was left out. */
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
