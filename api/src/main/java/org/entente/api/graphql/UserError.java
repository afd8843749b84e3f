package org.entente.api.graphql;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.RuleViolation;

/**
 * Why a mutation wrote nothing: the input field at fault, what is wrong, and a code that stays the
 * same across releases.
 */
record UserError(List<String> path, String message, String code) {

  static final String INPUT = "input";

  static UserError of(RuleViolation violation) {
    List<String> path = new ArrayList<>(List.of(INPUT));
    path.addAll(violation.path());
    return new UserError(path, violation.getMessage(), violation.code());
  }

  static UserError invalid(String message) {
    return new UserError(List.of(INPUT), message, "INVALID_INPUT");
  }
}
