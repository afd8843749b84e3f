package org.entente.domain.meeting;

/** Identity of a meeting. */
public record MeetingId(long value) {

  public MeetingId {
    if (value <= 0) {
      throw new IllegalArgumentException("MeetingId must be positive, not " + value);
    }
  }
}
