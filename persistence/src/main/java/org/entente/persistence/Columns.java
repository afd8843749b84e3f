package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.CITATION;
import static org.entente.persistence.jooq.Tables.IDENTIFIER;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.source.Citation;
import org.entente.domain.source.CitationId;
import org.entente.domain.source.SourceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Mappings between columns and the domain's small values, shared by every adapter. */
final class Columns {

  /** A citation, as it is read in its owner's row and alone. */
  static final Field<Citation> CITATION_ROW =
      JsonRows.row(
          DSL.row(CITATION.ID, CITATION.SOURCE_ID, CITATION.PASSAGE),
          (id, source, passage) -> new Citation(new CitationId(id), new SourceId(source), passage));

  private Columns() {}

  /**
   * A partial date's columns as one value. Its first and last days are read as days since 1970, two
   * numbers instead of two texts to parse: read from text, dates were 4% of the CPU of a page of
   * 100 negotiations with their steps (JFR, benchmark query d).
   */
  static Field<PartialDate> partialDate(
      Field<String> precision, Field<LocalDate> from, Field<LocalDate> to) {
    return JsonRows.row(
        DSL.row(precision, epochDay(from), epochDay(to)),
        (known, first, last) ->
            partialDate(
                known,
                first == null ? null : LocalDate.ofEpochDay(first),
                last == null ? null : LocalDate.ofEpochDay(last)));
  }

  private static Field<Integer> epochDay(Field<LocalDate> date) {
    return DSL.localDateDiff(date, DSL.inline(LocalDate.EPOCH));
  }

  static PartialDate partialDate(String precision, LocalDate from, LocalDate to) {
    if (precision == null) {
      return null;
    }
    PartialDate.Precision known = PartialDate.Precision.valueOf(precision);
    return known == PartialDate.Precision.UNKNOWN
        ? PartialDate.unknown()
        : new PartialDate(known, from, to);
  }

  static String precision(PartialDate date) {
    return date == null ? null : date.precision().name();
  }

  static LocalDate from(PartialDate date) {
    return date == null ? null : date.from();
  }

  static LocalDate to(PartialDate date) {
    return date == null ? null : date.to();
  }

  /**
   * The column holds one of these names from a closed vocabulary (kinds, statuses), written into
   * the SQL rather than bound. Such sets are few, so the statements are few; and the plan
   * PostgreSQL keeps for a prepared statement after five runs then knows which values it filters
   * on. Bound, it did not: the page of launched negotiations walked a thousand steps rather than
   * two hundred negotiations, 4.3 ms instead of 2.4 at scale 10 of the benchmark (EXPLAIN ANALYZE).
   */
  static Condition isAnyOf(Field<String> column, Collection<? extends Enum<?>> names) {
    return column.in(names.stream().map(name -> DSL.inline(name.name())).toList());
  }

  /** The column holds this name from a closed vocabulary, written into the SQL: see isAnyOf. */
  static Condition is(Field<String> column, Enum<?> name) {
    return column.eq(DSL.inline(name.name()));
  }

  /**
   * The rows a filter's {@code not} holds: those the condition does not hold for, including those
   * where it is unknown because a column it reads is NULL (a meeting of no recorded city is not in
   * Almaty), which SQL's NOT leaves out.
   */
  static Condition not(Condition condition) {
    return DSL.field(condition).isDistinctFrom(DSL.inline(true));
  }

  /** The citations whose subject column matches the given owner. */
  static Field<List<Citation>> citations(Condition ofOwner) {
    return JsonRows.list(select(CITATION_ROW).from(CITATION).where(ofOwner).orderBy(CITATION.ID));
  }

  /** The identifiers whose owner column matches. */
  static Field<List<Identifier>> identifiers(Condition ofOwner) {
    return JsonRows.list(
        select(JsonRows.row(DSL.row(IDENTIFIER.SCHEME, IDENTIFIER.VALUE), Identifier::new))
            .from(IDENTIFIER)
            .where(ofOwner)
            .orderBy(IDENTIFIER.SCHEME, IDENTIFIER.VALUE));
  }

  static <I> List<I> typed(List<Long> values, LongFunction<I> id) {
    return values.stream().map(id::apply).toList();
  }

  /** The query for the rows of {@code id}'s table whose id is one of a list, each read as row. */
  static <T> Prerendered<Record1<T>> byId(SelectField<T> row, TableField<?, Long> id) {
    return byKey(row, id, DSL.noCondition(), List.of());
  }

  /**
   * The query for the rows of {@code key}'s table whose key is one of a list and that meet {@code
   * also}, each read as row, in this order.
   */
  static <T> Prerendered<Record1<T>> byKey(
      SelectField<T> row,
      TableField<?, Long> key,
      Condition also,
      List<? extends OrderField<?>> order) {
    // A constant declared above the row it reads would capture null: fail when the class loads.
    Objects.requireNonNull(row, "row");
    return new Prerendered<>(
        context ->
            context
                .select(row)
                .from(key.getTable())
                .where(key.eq(DSL.any(Prerendered.ids())))
                .and(also)
                .orderBy(order));
  }

  /**
   * The query for the rows a link leads to: for each row of {@code key}'s table whose key is one of
   * a list, the row of {@code id}'s table that its {@code link} names, read as row beside the key,
   * in this order.
   */
  static <T> Prerendered<Record2<Long, T>> through(
      TableField<?, Long> key,
      TableField<?, Long> link,
      SelectField<T> row,
      TableField<?, Long> id,
      List<? extends OrderField<?>> order) {
    Objects.requireNonNull(row, "row");
    return new Prerendered<>(
        context ->
            context
                .select(key, row)
                .from(key.getTable())
                .join(id.getTable())
                .on(id.eq(link))
                .where(key.eq(DSL.any(Prerendered.ids())))
                .orderBy(order));
  }

  /** What a query by key reads for these keys, in its order. */
  static <I, T> List<T> fetch(
      DSLContext db, Prerendered<Record1<T>> query, Collection<I> keys, ToLongFunction<I> value) {
    return query.fetchByIds(db, keys, value).map(Record1::value1);
  }

  /** The records with these ids, by id; ids on record nowhere are absent from the map. */
  static <I, T> Map<I, T> byIds(
      DSLContext db,
      Prerendered<Record1<T>> byId,
      Collection<I> ids,
      ToLongFunction<I> value,
      Function<T, I> idOf) {
    return fetch(db, byId, ids, value).stream()
        .collect(Collectors.toMap(idOf, Function.identity()));
  }

  /** One page of the rows of {@code table} that match, in id order, mapped by {@code row}. */
  static <T> Page<T> pageById(
      DSLContext db,
      SelectField<T> row,
      Table<?> table,
      Field<Long> id,
      Condition where,
      PageRequest request) {
    return page(
        db.select(row)
            .from(table)
            .where(where)
            .and(seek(id, request))
            .orderBy(order(id, request))
            .limit(request.size() + 1)
            .fetch(Record1::value1),
        request);
  }

  /**
   * One page of the rows of {@code table} that match, in the order asked for: by id as they were
   * added, or by {@code name} then id, either way.
   */
  static <T> Page<T> pageByName(
      DSLContext db,
      SelectField<T> row,
      Table<?> table,
      Field<String> name,
      Field<Long> id,
      Condition where,
      NameOrder order,
      PageRequest request) {
    if (order == NameOrder.ADDED) {
      return pageById(db, row, table, id, where, request);
    }
    // Ascending paged forward, or descending paged backward, reads the order upwards.
    boolean upwards = (order == NameOrder.NAME_ASC) != request.backward();
    Condition seek = DSL.noCondition();
    if (request.position() != null) {
      var position =
          DSL.row(DSL.val(request.position().sortValue()), DSL.val(request.position().id()));
      seek = upwards ? DSL.row(name, id).gt(position) : DSL.row(name, id).lt(position);
    }
    return page(
        db.select(row)
            .from(table)
            .where(where)
            .and(seek)
            .orderBy(upwards ? name.asc() : name.desc(), upwards ? id.asc() : id.desc())
            .limit(request.size() + 1)
            .fetch(Record1::value1),
        request);
  }

  /** The rows past the request's position, by id alone. */
  static Condition seek(Field<Long> id, PageRequest request) {
    if (request.position() == null) {
      return DSL.noCondition();
    }
    return request.backward() ? id.lt(request.position().id()) : id.gt(request.position().id());
  }

  /** Id order in the direction of paging: descending when paging backward. */
  static SortField<Long> order(Field<Long> id, PageRequest request) {
    return request.backward() ? id.desc() : id.asc();
  }

  /**
   * Turns a fetch of one more row than the page holds, in the direction of paging, into the page in
   * the list's own order and whether more lie beyond it.
   */
  static <T> Page<T> page(List<T> fetched, PageRequest request) {
    boolean hasMore = fetched.size() > request.size();
    List<T> items = new ArrayList<>(hasMore ? fetched.subList(0, request.size()) : fetched);
    if (request.backward()) {
      Collections.reverse(items);
    }
    return new Page<>(items, hasMore);
  }
}
