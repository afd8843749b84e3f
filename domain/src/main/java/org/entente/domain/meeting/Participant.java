package org.entente.domain.meeting;

import java.util.Objects;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;

/**
 * A person at a meeting, the role they played, the office they held then and the party they
 * represented.
 */
public record Participant(
    PersonId personId, ParticipantRole role, OfficeId officeId, PartyId partyId) {

  public Participant {
    Objects.requireNonNull(personId, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(partyId, "the party represented");
  }
}
