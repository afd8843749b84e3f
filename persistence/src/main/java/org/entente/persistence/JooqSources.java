package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.SOURCE;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.source.Sources;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** Sources in PostgreSQL. */
final class JooqSources implements Sources {

  static final Field<Source> SOURCE_ROW =
      JsonRows.row(
          DSL.row(
              SOURCE.ID,
              SOURCE.PUBLISHER,
              SOURCE.TITLE,
              SOURCE.URL,
              SOURCE.LANGUAGE,
              SOURCE.PUBLISHED_PRECISION,
              SOURCE.PUBLISHED_FROM,
              SOURCE.PUBLISHED_TO,
              SOURCE.RETRIEVED_ON),
          (id, publisher, title, url, language, precision, from, to, retrieved) ->
              new Source(
                  new SourceId(id),
                  publisher,
                  title,
                  url == null ? null : URI.create(url),
                  language,
                  Columns.partialDate(precision, from, to),
                  retrieved));

  private static final Prerendered<Record1<Source>> BY_ID = Columns.byId(SOURCE_ROW, SOURCE.ID);

  private final DSLContext db;

  JooqSources(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<SourceId, Source> byIds(Collection<SourceId> ids) {
    return Columns.byIds(db, BY_ID, ids, SourceId::value, Source::id);
  }

  @Override
  public Page<Source> page(PageRequest request) {
    return Columns.pageById(db, SOURCE_ROW, SOURCE, SOURCE.ID, SOURCE.RETIRED_AT.isNull(), request);
  }

  @Override
  public int count() {
    return db.fetchCount(SOURCE, SOURCE.RETIRED_AT.isNull());
  }

  @Override
  public SourceId add(Source source) {
    return new SourceId(
        db.insertInto(SOURCE).set(columns(source)).returning(SOURCE.ID).fetchSingle(SOURCE.ID));
  }

  @Override
  public void replace(Source source, long version) {
    Versions.claim(db, RecordKind.SOURCE, source.id().value(), version, columns(source));
  }

  @Override
  public void retire(SourceId id, long version) {
    Versions.retire(db, RecordKind.SOURCE, id.value(), version);
  }

  private static Map<Field<?>, Object> columns(Source source) {
    Map<Field<?>, Object> columns = new LinkedHashMap<>();
    columns.put(SOURCE.PUBLISHER, source.publisher());
    columns.put(SOURCE.TITLE, source.title());
    columns.put(SOURCE.URL, source.url() == null ? null : source.url().toString());
    columns.put(SOURCE.LANGUAGE, source.language());
    columns.put(SOURCE.PUBLISHED_PRECISION, Columns.precision(source.published()));
    columns.put(SOURCE.PUBLISHED_FROM, Columns.from(source.published()));
    columns.put(SOURCE.PUBLISHED_TO, Columns.to(source.published()));
    columns.put(SOURCE.RETRIEVED_ON, source.retrievedOn());
    return columns;
  }
}
