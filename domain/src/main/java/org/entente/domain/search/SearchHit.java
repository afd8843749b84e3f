package org.entente.domain.search;

import java.util.Objects;

/** A record that matched a search: which one, how well, and the passage that matched. */
public record SearchHit(Kind kind, long id, double score, String snippet) {

  public enum Kind {
    MEETING,
    STATEMENT,
    NEGOTIATION,
    AGREEMENT,
    PERSON,
    PARTY,
    TOPIC,
    SOURCE
  }

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(snippet, "snippet");
  }
}
