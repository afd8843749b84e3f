package org.entente.domain.search;

import java.util.List;

/**
 * Free-text search over meetings, statements, negotiations, agreements, people, parties, topics,
 * sources.
 */
public interface Search {

  /**
   * The best matches, best first: full-text matches, and names that look like a word searched for.
   */
  List<SearchHit> find(SearchText text, int limit);
}
