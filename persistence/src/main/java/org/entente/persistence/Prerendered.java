package org.entente.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.VisitListener;
import org.jooq.conf.Settings;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A query whose SQL is the same on every call, rendered once. jOOQ renders a query's SQL again on
 * every execution, and for the nested rows this package reads that was a quarter of the CPU of a
 * request for one meeting with its participants and topics (JFR, benchmark query a).
 *
 * <p>The shape is built once, with a named parameter for each value that changes between calls.
 * While jOOQ renders it, a visit listener notes where each bind value lands in the SQL; a call then
 * writes the SQL between them as it stands and binds its own values at those places, in the order
 * the shape bound them. Lists of ids are bound as one array ({@link #ids()}), so that their length
 * does not change the SQL. Execution still goes through jOOQ, so its execute listeners (statement
 * counts and timings) see every statement.
 *
 * <p>Every batch load of records with nested rows goes through one. Queries built from a filter
 * (their SQL changes with it) and the few loads of flat columns (citations, regions, revisions),
 * whose rendering costs little, are rendered by jOOQ as usual.
 */
final class Prerendered<R extends Record> {

  /** The name of the parameter {@link #ids()} stands for. */
  static final String IDS = "ids";

  private final Function<DSLContext, ResultQuery<R>> shape;
  private volatile Rendering rendering;

  /**
   * The SQL as rendered for one configuration, cut at its bind values: {@code sql} holds one piece
   * more than {@code params}, and a statement is piece, value, piece, value, ..., piece.
   */
  private record Rendering(
      Settings settings,
      SQLDialect dialect,
      List<String> sql,
      List<Param<?>> params,
      Field<?>[] fields) {}

  Prerendered(Function<DSLContext, ResultQuery<R>> shape) {
    this.shape = Objects.requireNonNull(shape, "shape");
  }

  /**
   * A list of ids in a shape, bound as one array: {@code ID.eq(any(ids()))}.
   *
   * <p>The array is read through a subquery, {@code array(select unnest(?))}, so that PostgreSQL
   * sizes it alike in every plan. Bound plainly, a custom plan counts the ids bound while the
   * generic plan assumes ten; for the usual batch of fewer, the generic plan never looked as cheap,
   * and the statement was planned anew on every call: 0.2 to 0.4 ms for a record with nested rows,
   * more than running it.
   */
  static Field<Long[]> ids() {
    Table<?> given = DSL.unnest(DSL.param(IDS, Long[].class)).as("given", "id");
    return DSL.array(DSL.select(given.field("id", Long.class)).from(given));
  }

  /** The rows whose key is one of these, for a shape that selects by {@link #ids()}. */
  <I> Result<R> fetchByIds(DSLContext db, Collection<I> ids, ToLongFunction<I> value) {
    // No ids, no rows: a timeline page without steps, say, needs no statement for them.
    if (ids.isEmpty()) {
      @SuppressWarnings("unchecked") // an empty result of the shape's fields, as fetch reads them
      Result<R> none = (Result<R>) db.newResult(renderingFor(db).fields());
      return none;
    }
    return fetch(db, Map.of(IDS, ids.stream().map(value::applyAsLong).toArray(Long[]::new)));
  }

  /** The rows for the named parameters' values, each field read as the shape reads it. */
  Result<R> fetch(DSLContext db, Map<String, ?> values) {
    Rendering current = renderingFor(db);
    List<Param<?>> binds = new ArrayList<>(current.params().size());
    for (Param<?> param : current.params()) {
      String name = param.getParamName();
      binds.add(name != null && values.containsKey(name) ? val(values.get(name), param) : param);
    }
    CustomQueryPart statement =
        CustomQueryPart.of(
            context -> {
              for (int i = 0; i < binds.size(); i++) {
                context.sql(current.sql().get(i));
                context.visit(binds.get(i));
              }
              context.sql(current.sql().get(binds.size()));
            });
    @SuppressWarnings("unchecked") // coerced to the shape's fields, a row is a record of its degree
    Result<R> rows = (Result<R>) db.resultQuery("{0}", statement).coerce(current.fields()).fetch();
    return rows;
  }

  private Rendering renderingFor(DSLContext db) {
    Rendering current = rendering;
    // The application has one configuration; only a test's own context renders a second time.
    if (current == null
        || current.settings() != db.settings()
        || current.dialect() != db.dialect()) {
      current = render(db);
      rendering = current;
    }
    return current;
  }

  private Rendering render(DSLContext db) {
    List<Param<?>> params = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    VisitListener where =
        VisitListener.onVisitStart(
                visit -> {
                  if (visit.queryPart() instanceof Param<?> param
                      && !param.isInline()
                      && visit.renderContext() != null) {
                    params.add(param);
                    spans.add(new int[] {visit.renderContext().render().length(), -1});
                  }
                })
            .onVisitEnd(
                visit -> {
                  if (visit.queryPart() instanceof Param<?> param
                      && !param.isInline()
                      && visit.renderContext() != null) {
                    spans.get(spans.size() - 1)[1] = visit.renderContext().render().length();
                  }
                });
    ResultQuery<R> query = shape.apply(db);
    String sql = DSL.using(db.configuration().deriveAppending(where)).render(query);
    if (params.size() != query.getBindValues().size()) {
      throw new IllegalStateException(
          "the bind values of a prerendered query were not all seen rendered: " + sql);
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int[] span : spans) {
      if (span[0] < from || span[1] < span[0]) {
        throw new IllegalStateException("the bind values of a prerendered query overlap: " + sql);
      }
      pieces.add(sql.substring(from, span[0]));
      from = span[1];
    }
    pieces.add(sql.substring(from));
    return new Rendering(db.settings(), db.dialect(), pieces, params, query.fields());
  }

  private static <T> Param<T> val(Object value, Param<T> param) {
    return DSL.val(value, param.getDataType());
  }
}
