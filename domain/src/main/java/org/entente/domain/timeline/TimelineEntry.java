package org.entente.domain.timeline;

import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStepId;

/** An event on a timeline: which record it is, and its date. */
public sealed interface TimelineEntry {

  PartialDate date();

  Kind kind();

  /** The id of the event within its kind: the meeting, the step or the action. */
  long key();

  enum Kind {
    MEETING,
    NEGOTIATION_STEP,
    AGREEMENT_ACTION
  }

  /** Where an event stands on a timeline: by date, then kind, then id. */
  static PageRequest.Position positionOf(TimelineEntry entry) {
    return new PageRequest.Position(entry.date().sortDate() + "|" + entry.kind(), entry.key());
  }

  record MeetingHeld(MeetingId meeting, PartialDate date) implements TimelineEntry {
    @Override
    public Kind kind() {
      return Kind.MEETING;
    }

    @Override
    public long key() {
      return meeting.value();
    }
  }

  record StepTaken(NegotiationId negotiation, NegotiationStepId step, PartialDate date)
      implements TimelineEntry {
    @Override
    public Kind kind() {
      return Kind.NEGOTIATION_STEP;
    }

    @Override
    public long key() {
      return step.value();
    }
  }

  record ActionTaken(AgreementId agreement, AgreementActionId action, PartialDate date)
      implements TimelineEntry {
    @Override
    public Kind kind() {
      return Kind.AGREEMENT_ACTION;
    }

    @Override
    public long key() {
      return action.value();
    }
  }
}
