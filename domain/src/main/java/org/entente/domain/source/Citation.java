package org.entente.domain.source;

import java.util.Objects;
import org.entente.domain.Text;

/** A source supporting one fact, optionally with the passage that says it. */
public record Citation(CitationId id, SourceId sourceId, String passage) {

  public Citation {
    Objects.requireNonNull(sourceId, "source");
    passage = Text.optional(passage, "passage");
  }
}
