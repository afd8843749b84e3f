package org.entente.domain.source;

import java.util.List;
import java.util.Objects;
import org.entente.domain.RuleViolation;
import org.entente.domain.Text;

/** A source supporting one fact, optionally with the passage that says it. */
public record Citation(CitationId id, SourceId sourceId, String passage) {

  public Citation {
    Objects.requireNonNull(sourceId, "source");
    passage = Text.optional(passage, "passage");
  }

  /**
   * Refuses a fact that must be cited (a meeting, a statement, a step of a negotiation, an action
   * on an agreement) but has no citation: UNCITED, at its citations.
   */
  public static void requireAny(List<Citation> citations, String rule) {
    if (citations.isEmpty()) {
      throw new RuleViolation("UNCITED", rule).at("citations");
    }
  }
}
