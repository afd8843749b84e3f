package org.entente.api.graphql;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.RuleViolation;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;

/** A citation as a mutation receives it: a source's global ID and, optionally, the passage. */
record CitationInput(String source, String passage) {

  static List<Citation> toCitations(List<CitationInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String at = String.valueOf(i);
      CitationInput input = inputs.get(i);
      SourceId source =
          new SourceId(
              GlobalId.keyOf(input.source(), SourceController.TYPE, "citations", at, "source"));
      try {
        citations.add(new Citation(null, source, input.passage()));
      } catch (IllegalArgumentException invalid) {
        throw new RuleViolation("INVALID_INPUT", invalid.getMessage())
            .at("citations", at, "passage");
      }
    }
    return citations;
  }
}
