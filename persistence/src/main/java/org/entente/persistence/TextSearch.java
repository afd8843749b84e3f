package org.entente.persistence;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** PostgreSQL full-text matching on the generated {@code search} columns, each with a GIN index. */
final class TextSearch {

  private TextSearch() {}

  /** All the words of {@code text}, as a web search engine reads them (quotes, or, -). */
  static Condition matches(Field<Object> search, String text) {
    return DSL.condition("{0} @@ websearch_to_tsquery('english', {1})", search, DSL.val(text));
  }
}
