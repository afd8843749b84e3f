package org.entente.domain.meeting;

import org.entente.domain.PageRequest;

/**
 * The order of a meeting list: by date, an unknown date sorting after every known one (last in
 * DATE_ASC, first in DATE_DESC), ties broken by id.
 */
public enum MeetingOrder {
  DATE_ASC,
  DATE_DESC;

  /** Where a meeting stands in this order. */
  public static PageRequest.Position positionOf(Meeting meeting) {
    return new PageRequest.Position(meeting.date().sortDate().toString(), meeting.id().value());
  }
}
