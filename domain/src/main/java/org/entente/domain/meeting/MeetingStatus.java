package org.entente.domain.meeting;

/** Whether a meeting took place. */
public enum MeetingStatus {
  ANNOUNCED,
  HELD,
  POSTPONED,
  CANCELLED
}
