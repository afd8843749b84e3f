package org.entente.domain.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.PartialDate;
import org.entente.domain.Text;
import org.entente.domain.meeting.Place;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;

/**
 * What every action on an agreement records: the party whose act it is (none when the act is the
 * agreement's own), who performed it, the date it was taken and, where different, the date it takes
 * effect, where, and its sources.
 */
public record ActionFacts(
    AgreementActionId id,
    PartyId partyId,
    PersonId personId,
    PartialDate date,
    PartialDate effective,
    Place place,
    String note,
    List<Citation> citations) {

  public ActionFacts {
    Objects.requireNonNull(date, "date (PartialDate.unknown() when not known)");
    if (effective != null && effective.isCertainlyBefore(date)) {
      throw new IllegalArgumentException(
          "an act cannot take effect (" + effective + ") before it is taken (" + date + ")");
    }
    note = Text.optional(note, "note");
    citations = List.copyOf(citations);
  }

  public Optional<PartyId> party() {
    return Optional.ofNullable(partyId);
  }

  /** The date the act takes effect: its own date unless another is recorded. */
  public PartialDate effectiveDate() {
    return effective == null ? date : effective;
  }
}
