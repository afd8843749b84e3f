package org.entente.domain.access;

/** Identity of an API key. */
public record ApiKeyId(long value) {

  public ApiKeyId {
    if (value <= 0) {
      throw new IllegalArgumentException("ApiKeyId must be positive, not " + value);
    }
  }
}
