package org.entente.api.graphql;

import java.util.List;
import org.entente.domain.RuleViolation;

/** Why a mutation did not do what was asked: the input field at fault, a message, a code. */
record UserError(List<String> path, String message, String code) {

  UserError {
    path = List.copyOf(path);
  }

  static UserError of(RuleViolation violation, String... path) {
    return new UserError(List.of(path), violation.getMessage(), violation.code());
  }
}
