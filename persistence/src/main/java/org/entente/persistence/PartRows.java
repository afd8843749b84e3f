package org.entente.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The rows of one part of a record (a meeting's participants, outcomes or topics, a record's
 * citations), written as a whole. A replacement keeps the rows that are already as wanted, deletes
 * the others and inserts what is missing, so that the record's history shows only what changed.
 */
final class PartRows {

  /** A part kept in {@code table}: the column naming its owner, and the columns of a row. */
  record Part(Table<?> table, TableField<?, Long> owner, List<Field<?>> columns) {

    Part {
      columns = List.copyOf(columns);
    }
  }

  private PartRows() {}

  /** One row's values, in the order of the part's columns; null where a column is empty. */
  static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  static void insert(DSLContext db, Part part, long ownerId, List<List<Object>> rows) {
    if (!rows.isEmpty()) {
      insertRows(db, part.table(), part, ownerId, rows);
    }
  }

  static void replace(DSLContext db, Part part, long ownerId, List<List<Object>> rows) {
    Field<Long> id = part.table().field("id", Long.class);
    List<Field<?>> selected = new ArrayList<>(part.columns());
    if (id != null) {
      selected.add(id);
    }
    List<List<Object>> missing =
        new ArrayList<>(rows.stream().map(row -> typed(part, row)).toList());
    List<Record> surplus = new ArrayList<>();
    for (Record current :
        db.select(selected).from(part.table()).where(part.owner().eq(ownerId)).fetch()) {
      List<Object> values = new ArrayList<>();
      part.columns().forEach(column -> values.add(current.get(column)));
      if (!missing.remove(values)) {
        surplus.add(current);
      }
    }
    if (id != null) {
      if (!surplus.isEmpty()) {
        db.deleteFrom(part.table())
            .where(id.in(surplus.stream().map(row -> row.get(id)).toList()))
            .execute();
      }
    } else {
      // A table without an id of its own holds each row once: its columns name it.
      for (Record row : surplus) {
        db.deleteFrom(part.table())
            .where(part.owner().eq(ownerId))
            .and(
                DSL.and(
                    part.columns().stream()
                        .map(column -> sameAs(column, row.get(column)))
                        .toList()))
            .execute();
      }
    }
    insert(db, part, ownerId, missing);
  }

  @SuppressWarnings("unchecked")
  private static Condition sameAs(Field<?> column, Object value) {
    return ((Field<Object>) column).isNotDistinctFrom(value);
  }

  /** The row's values as the columns' own types, so that they compare equal to fetched ones. */
  private static List<Object> typed(Part part, List<Object> row) {
    if (row.size() != part.columns().size()) {
      throw new IllegalArgumentException(
          "a row of " + part.table().getName() + " has " + part.columns().size() + " values");
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      values.add(part.columns().get(i).getDataType().convert(row.get(i)));
    }
    return values;
  }

  private static <R extends Record> void insertRows(
      DSLContext db, Table<R> table, Part part, long ownerId, List<List<Object>> rows) {
    List<Field<?>> fields = new ArrayList<>();
    fields.add(part.owner());
    fields.addAll(part.columns());
    InsertValuesStepN<R> insert = db.insertInto(table, fields);
    for (List<Object> row : rows) {
      List<Object> values = new ArrayList<>();
      values.add(ownerId);
      values.addAll(row);
      insert = insert.values(values);
    }
    insert.execute();
  }
}
