package org.entente.domain.meeting;

/** Whether a statement gives the speaker's words or a report of them. */
public enum StatementKind {
  QUOTE,
  PARAPHRASE
}
