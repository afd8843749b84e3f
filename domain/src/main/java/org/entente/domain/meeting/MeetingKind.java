package org.entente.domain.meeting;

/** The kind of an engagement; the same vocabulary is reference data in the database. */
public enum MeetingKind {
  STATE_VISIT,
  OFFICIAL_VISIT,
  WORKING_VISIT,
  BILATERAL_MEETING,
  SUMMIT,
  MINISTERIAL,
  PHONE_CALL,
  NEGOTIATION_ROUND,
  SIGNING_CEREMONY
}
