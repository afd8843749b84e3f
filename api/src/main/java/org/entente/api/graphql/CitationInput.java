package org.entente.api.graphql;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;

/** A citation as an edit gives it: the source's global ID and, optionally, the passage. */
record CitationInput(String source, String passage) {

  /** The citations, each source ID read at {@code citations.<i>.source}. */
  static List<Citation> toCitations(List<CitationInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      CitationInput input = inputs.get(i);
      citations.add(
          new Citation(
              null,
              new SourceId(
                  GlobalId.keyOf(
                      input.source(),
                      SourceController.TYPE,
                      "citations",
                      String.valueOf(i),
                      "source")),
              input.passage()));
    }
    return citations;
  }
}
