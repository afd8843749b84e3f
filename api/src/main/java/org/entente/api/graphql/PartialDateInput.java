package org.entente.api.graphql;

import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;

/**
 * A date as mutations take it: the text that {@code PartialDate.text} answers and the dossier holds
 * — 2025-03-28, 2025-03, 2015, 2014-05-13/2014-05-14 or unknown — refused at its field.
 */
final class PartialDateInput {

  private PartialDateInput() {}

  /** The date written as {@code text}; none when the field was left out. */
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
