package org.entente.domain;

import java.util.Objects;

/** A domain rule refused a change; the code is stable for API users, the message says why. */
public final class RuleViolation extends RuntimeException {

  private final String code;

  public RuleViolation(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public String code() {
    return code;
  }
}
