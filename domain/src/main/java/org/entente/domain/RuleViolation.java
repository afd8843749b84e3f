package org.entente.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A domain rule refused a change; the code is stable for API users, the message says why, and the
 * path names the field of the change that broke the rule, where one did.
 */
public final class RuleViolation extends RuntimeException {

  private final String code;
  private final List<String> path;

  public RuleViolation(String code, String message) {
    this(code, message, List.of());
  }

  private RuleViolation(String code, String message, List<String> path) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.path = List.copyOf(path);
  }

  /** The same violation, found inside the field {@code field} of a larger change. */
  public RuleViolation at(String... field) {
    List<String> outer = new ArrayList<>(List.of(field));
    outer.addAll(path);
    return new RuleViolation(code, getMessage(), outer);
  }

  public String code() {
    return code;
  }

  public List<String> path() {
    return path;
  }
}
