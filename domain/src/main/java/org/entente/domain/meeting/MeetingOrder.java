package org.entente.domain.meeting;

import java.time.LocalDate;
import org.entente.domain.PageRequest;

/** The order of a meeting list: by date, meetings of unknown date last, ties broken by id. */
public enum MeetingOrder {
  DATE_ASC,
  DATE_DESC;

  /** The date a meeting of unknown date sorts by: after every real one. */
  public static final LocalDate UNKNOWN_DATE = LocalDate.of(9999, 12, 31);

  /** Where a meeting stands in this order. */
  public static PageRequest.Position positionOf(Meeting meeting) {
    LocalDate date = meeting.date().isKnown() ? meeting.date().from() : UNKNOWN_DATE;
    return new PageRequest.Position(date.toString(), meeting.id().value());
  }
}
