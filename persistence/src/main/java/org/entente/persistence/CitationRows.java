package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Citation;
import org.entente.domain.source.CitationId;
import org.entente.domain.source.SourceId;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * The citations of one record, written as its list of sources and passages: a citation given again
 * keeps its row, so the record's history shows only the citations that really came or went.
 */
final class CitationRows {

  private CitationRows() {}

  static void insert(
      DSLContext db, TableField<?, Long> subject, long subjectId, List<Citation> citations) {
    write(db, subject, subjectId, citations, IntStream.range(0, citations.size()).boxed().toList());
  }

  /** Removes the citations no longer given and adds the new ones; the rest stay untouched. */
  static void replace(
      DSLContext db, TableField<?, Long> subject, long subjectId, List<Citation> citations) {
    List<Citation> current =
        new ArrayList<>(
            db.select(CITATION.ID, CITATION.SOURCE_ID, CITATION.PASSAGE)
                .from(CITATION)
                .where(subject.eq(subjectId))
                .orderBy(CITATION.ID)
                .fetch(
                    row ->
                        new Citation(
                            new CitationId(row.value1()),
                            new SourceId(row.value2()),
                            row.value3())));
    List<Integer> added = new ArrayList<>();
    for (int i = 0; i < citations.size(); i++) {
      Citation wanted = citations.get(i);
      Citation kept =
          current.stream()
              .filter(
                  row ->
                      row.sourceId().equals(wanted.sourceId())
                          && Objects.equals(row.passage(), wanted.passage()))
              .findFirst()
              .orElse(null);
      if (kept == null) {
        added.add(i);
      } else {
        current.remove(kept);
      }
    }
    if (!current.isEmpty()) {
      db.deleteFrom(CITATION)
          .where(CITATION.ID.in(current.stream().map(gone -> gone.id().value()).toList()))
          .execute();
    }
    write(db, subject, subjectId, citations, added);
  }

  /**
   * Writes the citations at {@code indexes} in one statement, once their sources are known to be on
   * record.
   */
  private static void write(
      DSLContext db,
      TableField<?, Long> subject,
      long subjectId,
      List<Citation> citations,
      List<Integer> indexes) {
    References.requireAll(
        db,
        RecordKind.SOURCE,
        indexes.stream().map(i -> citations.get(i).sourceId().value()).toList(),
        i -> new String[] {"citations", String.valueOf(indexes.get(i)), "source"});
    if (indexes.isEmpty()) {
      return;
    }
    var insert = db.insertInto(CITATION, CITATION.SOURCE_ID, CITATION.PASSAGE, subject);
    for (int i : indexes) {
      insert =
          insert.values(citations.get(i).sourceId().value(), citations.get(i).passage(), subjectId);
    }
    insert.execute();
  }
}
