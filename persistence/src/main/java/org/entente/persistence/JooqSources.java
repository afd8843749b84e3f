package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.SOURCE;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.source.Sources;
import org.jooq.DSLContext;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Sources in PostgreSQL. */
final class JooqSources implements Sources {

  static final SelectField<Source> SOURCE_ROW =
      DSL.row(
              SOURCE.ID,
              SOURCE.PUBLISHER,
              SOURCE.TITLE,
              SOURCE.URL,
              SOURCE.LANGUAGE,
              SOURCE.PUBLISHED_PRECISION,
              SOURCE.PUBLISHED_FROM,
              SOURCE.PUBLISHED_TO,
              SOURCE.RETRIEVED_ON)
          .mapping(
              (id, publisher, title, url, language, precision, from, to, retrieved) ->
                  new Source(
                      new SourceId(id),
                      publisher,
                      title,
                      url == null ? null : URI.create(url),
                      language,
                      Columns.partialDate(precision, from, to),
                      retrieved));

  private final DSLContext db;

  JooqSources(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<SourceId, Source> byIds(Collection<SourceId> ids) {
    return Columns.byIds(db, SOURCE_ROW, SOURCE, SOURCE.ID, ids, SourceId::value, Source::id);
  }

  @Override
  public Page<Source> page(PageRequest request) {
    return Columns.pageById(db, SOURCE_ROW, SOURCE, SOURCE.ID, DSL.noCondition(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(SOURCE);
  }
}
