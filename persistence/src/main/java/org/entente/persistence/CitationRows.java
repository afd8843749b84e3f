package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.SOURCE;

import java.util.List;
import org.entente.domain.source.Citation;
import org.jooq.DSLContext;
import org.jooq.TableField;

/** The citations of one fact, written with it; an unknown source is refused at its place. */
final class CitationRows {

  private CitationRows() {}

  static void insert(
      DSLContext db, TableField<?, Long> subject, long subjectId, List<Citation> citations) {
    References.require(
        db,
        SOURCE.ID,
        citations.stream().map(citation -> citation.sourceId().value()).toList(),
        i -> References.at("citations", i, "source"));
    if (citations.isEmpty()) {
      return;
    }
    var insert = db.insertInto(CITATION, CITATION.SOURCE_ID, CITATION.PASSAGE, subject);
    for (Citation citation : citations) {
      insert = insert.values(citation.sourceId().value(), citation.passage(), subjectId);
    }
    insert.execute();
  }
}
