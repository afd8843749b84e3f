package org.entente.persistence;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** PostgreSQL full-text matching, each kind of it with a GIN index. */
final class TextSearch {

  private TextSearch() {}

  /** All the words of {@code text}, as a web search engine reads them (quotes, or, -). */
  static Condition matches(Field<Object> search, String text) {
    return DSL.condition("{0} @@ websearch_to_tsquery('english', {1})", search, DSL.val(text));
  }

  /**
   * All the words of {@code text} in a negotiation's subject alone, read from the expression index
   * of 0010, which this expression must repeat exactly for the planner to use it.
   */
  static Condition inSubject(Field<String> subject, String text) {
    return DSL.condition(
        "to_tsvector('english', coalesce({0}, '')) @@ websearch_to_tsquery('english', {1})",
        subject, DSL.val(text));
  }
}
