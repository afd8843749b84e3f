package org.entente.domain.meeting;

/** The part a person played at a meeting. */
public enum ParticipantRole {
  HOST,
  GUEST,
  CO_CHAIR,
  HEAD_OF_DELEGATION,
  DELEGATION_MEMBER
}
