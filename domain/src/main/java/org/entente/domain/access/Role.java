package org.entente.domain.access;

/** What an API key may do. Declared from least to most: each role includes the ones before it. */
public enum Role {
  /** Reads everything but the audit trail and the keys. */
  READER,
  /** Also writes the record and reads its history. */
  EDITOR,
  /** Also manages API keys. */
  ADMIN;

  /** True when this role may do everything {@code required} may. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }
}
