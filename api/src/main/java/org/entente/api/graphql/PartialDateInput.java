package org.entente.api.graphql;

import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;

/**
 * A partial date as a mutation receives it: the text {@link PartialDate#parse} reads (2025-03-28,
 * 2025-03, 2015, 2014-05-13/2014-05-14 or unknown), refused at its field when it is none of those.
 */
final class PartialDateInput {

  private PartialDateInput() {}

  /** The date in {@code text}, or null when none is given. */
  static PartialDate parse(String text, String... field) {
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("INVALID_INPUT", invalid.getMessage()).at(field);
    }
  }
}
