package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Citation;
import org.entente.persistence.PartRows.Part;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * The citations of one record: a part of it ({@link PartRows}), so that a citation given again
 * keeps its row and the record's history shows only the citations that really came or went, whose
 * sources must be on record. Meetings and statements write them among their other parts; the other
 * records with {@link #insert} and {@link #replace}.
 */
final class CitationRows {

  private CitationRows() {}

  /** The citations of the record that {@code owner} names. */
  static Part part(TableField<?, Long> owner) {
    return new Part(CITATION, owner, List.of(CITATION.SOURCE_ID, CITATION.PASSAGE));
  }

  /** The citations as rows of {@link #part}. */
  static List<List<Object>> rows(List<Citation> citations) {
    return citations.stream()
        .map(citation -> PartRows.row(citation.sourceId().value(), citation.passage()))
        .toList();
  }

  /** The sources of citations, at {@code citations.<i>.source}. */
  static References citing(References references, List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      references.to(
          RecordKind.SOURCE,
          citations.get(i).sourceId().value(),
          References.at("citations", i, "source"));
    }
    return references;
  }

  static void insert(
      DSLContext db, TableField<?, Long> subject, long subjectId, List<Citation> citations) {
    citing(new References(), citations).check(db, Map.of());
    PartRows.insert(db, part(subject), subjectId, rows(citations));
  }

  /**
   * Writes the record's citations as now given. A source the record cites already may have been
   * retired since and stays; a new citation may not name a retired one.
   */
  static void replace(
      DSLContext db, TableField<?, Long> subject, long subjectId, List<Citation> citations) {
    Set<Long> cited =
        db.select(CITATION.SOURCE_ID)
            .from(CITATION)
            .where(subject.eq(subjectId))
            .fetchSet(CITATION.SOURCE_ID);
    citing(new References(), citations).check(db, Map.of(RecordKind.SOURCE, cited));
    PartRows.replace(db, part(subject), subjectId, rows(citations));
  }
}
