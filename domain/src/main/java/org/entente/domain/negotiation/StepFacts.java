package org.entente.domain.negotiation;

import java.util.List;
import java.util.Objects;
import org.entente.domain.PartialDate;
import org.entente.domain.Text;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.source.Citation;

/** What every negotiation step records: when, at which meeting if any, a note, and its sources. */
public record StepFacts(
    NegotiationStepId id,
    PartialDate date,
    MeetingId meetingId,
    String note,
    List<Citation> citations) {

  public StepFacts {
    Objects.requireNonNull(date, "date (PartialDate.unknown() when not known)");
    note = Text.optional(note, "note");
    citations = List.copyOf(citations);
  }
}
