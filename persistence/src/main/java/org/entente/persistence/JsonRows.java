package org.entente.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jooq.ContextConverter;
import org.jooq.ConverterContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Function10;
import org.jooq.Function11;
import org.jooq.Function12;
import org.jooq.Function2;
import org.jooq.Function3;
import org.jooq.Function4;
import org.jooq.Function5;
import org.jooq.Function7;
import org.jooq.Function9;
import org.jooq.JSON;
import org.jooq.Record1;
import org.jooq.Row10;
import org.jooq.Row11;
import org.jooq.Row12;
import org.jooq.Row2;
import org.jooq.Row3;
import org.jooq.Row4;
import org.jooq.Row5;
import org.jooq.Row7;
import org.jooq.Row9;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Records and their nested lists built by PostgreSQL as JSON arrays and read by Jackson's streaming
 * parser straight into the domain's values.
 *
 * <p>jOOQ reads a {@code MULTISET} from JSON too, but builds a jOOQ record for every nested row and
 * converts each value through its generic converters. For a party with its agreements and
 * negotiations, jOOQ's reading of rows was 46% of the request's Java CPU (JFR, benchmark query c);
 * read here, the request takes 40% less. A row is {@code json_build_array} of its columns, read
 * back in the same order, and a list is {@code array_to_json(array(select ...))}, which keeps the
 * subquery's order.
 *
 * <p>A row's columns are read by their Java type: {@code Long}, {@code Integer}, {@code String},
 * {@code Boolean}, {@code LocalDate}, or a row or list of this class nested in it. A row whose
 * columns are all null reads as null, as jOOQ reads a nested record.
 */
final class JsonRows {

  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  private JsonRows() {}

  /** Reads one value at the parser's current token, leaving the parser on its last token. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonParser parser);
  }

  /** The query's rows as one list, in its order; its one column is read as {@link #row}s are. */
  static <U> Field<List<U>> list(Select<? extends Record1<U>> select) {
    @SuppressWarnings("unchecked") // the one column of a Record1<U>
    Reader<U> element = readerOf((Field<U>) select.getSelect().get(0));
    Reader<List<U>> list =
        parser -> {
          expect(parser, JsonToken.START_ARRAY);
          List<U> values = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.read(parser));
          }
          return Collections.unmodifiableList(values);
        };
    return DSL.field("array_to_json(array({0}))", type(list), select);
  }

  /**
   * A row of these columns, each read as its type and then all of them by {@code mapping}. There is
   * one such method for each number of columns that a row here has.
   */
  static <T1, T2, U> Field<U> row(
      Row2<T1, T2> row, Function2<? super T1, ? super T2, ? extends U> mapping) {
    return row(row.fields(), values -> mapping.apply(value(values, 0), value(values, 1)));
  }

  static <T1, T2, T3, U> Field<U> row(
      Row3<T1, T2, T3> row, Function3<? super T1, ? super T2, ? super T3, ? extends U> mapping) {
    return row(
        row.fields(),
        values -> mapping.apply(value(values, 0), value(values, 1), value(values, 2)));
  }

  static <T1, T2, T3, T4, U> Field<U> row(
      Row4<T1, T2, T3, T4> row,
      Function4<? super T1, ? super T2, ? super T3, ? super T4, ? extends U> mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(value(values, 0), value(values, 1), value(values, 2), value(values, 3)));
  }

  static <T1, T2, T3, T4, T5, U> Field<U> row(
      Row5<T1, T2, T3, T4, T5> row,
      Function5<? super T1, ? super T2, ? super T3, ? super T4, ? super T5, ? extends U> mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(
                value(values, 0),
                value(values, 1),
                value(values, 2),
                value(values, 3),
                value(values, 4)));
  }

  static <T1, T2, T3, T4, T5, T6, T7, U> Field<U> row(
      Row7<T1, T2, T3, T4, T5, T6, T7> row,
      Function7<
              ? super T1,
              ? super T2,
              ? super T3,
              ? super T4,
              ? super T5,
              ? super T6,
              ? super T7,
              ? extends U>
          mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(
                value(values, 0),
                value(values, 1),
                value(values, 2),
                value(values, 3),
                value(values, 4),
                value(values, 5),
                value(values, 6)));
  }

  static <T1, T2, T3, T4, T5, T6, T7, T8, T9, U> Field<U> row(
      Row9<T1, T2, T3, T4, T5, T6, T7, T8, T9> row,
      Function9<
              ? super T1,
              ? super T2,
              ? super T3,
              ? super T4,
              ? super T5,
              ? super T6,
              ? super T7,
              ? super T8,
              ? super T9,
              ? extends U>
          mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(
                value(values, 0),
                value(values, 1),
                value(values, 2),
                value(values, 3),
                value(values, 4),
                value(values, 5),
                value(values, 6),
                value(values, 7),
                value(values, 8)));
  }

  static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, U> Field<U> row(
      Row10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> row,
      Function10<
              ? super T1,
              ? super T2,
              ? super T3,
              ? super T4,
              ? super T5,
              ? super T6,
              ? super T7,
              ? super T8,
              ? super T9,
              ? super T10,
              ? extends U>
          mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(
                value(values, 0),
                value(values, 1),
                value(values, 2),
                value(values, 3),
                value(values, 4),
                value(values, 5),
                value(values, 6),
                value(values, 7),
                value(values, 8),
                value(values, 9)));
  }

  static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, U> Field<U> row(
      Row11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> row,
      Function11<
              ? super T1,
              ? super T2,
              ? super T3,
              ? super T4,
              ? super T5,
              ? super T6,
              ? super T7,
              ? super T8,
              ? super T9,
              ? super T10,
              ? super T11,
              ? extends U>
          mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(
                value(values, 0),
                value(values, 1),
                value(values, 2),
                value(values, 3),
                value(values, 4),
                value(values, 5),
                value(values, 6),
                value(values, 7),
                value(values, 8),
                value(values, 9),
                value(values, 10)));
  }

  static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, U> Field<U> row(
      Row12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> row,
      Function12<
              ? super T1,
              ? super T2,
              ? super T3,
              ? super T4,
              ? super T5,
              ? super T6,
              ? super T7,
              ? super T8,
              ? super T9,
              ? super T10,
              ? super T11,
              ? super T12,
              ? extends U>
          mapping) {
    return row(
        row.fields(),
        values ->
            mapping.apply(
                value(values, 0),
                value(values, 1),
                value(values, 2),
                value(values, 3),
                value(values, 4),
                value(values, 5),
                value(values, 6),
                value(values, 7),
                value(values, 8),
                value(values, 9),
                value(values, 10),
                value(values, 11)));
  }

  private static <U> Field<U> row(Field<?>[] fields, Function<Object[], U> mapping) {
    List<Reader<?>> columns = new ArrayList<>(fields.length);
    for (Field<?> field : fields) {
      columns.add(readerOf(field));
    }
    Reader<U> row =
        parser -> {
          expect(parser, JsonToken.START_ARRAY);
          Object[] values = new Object[columns.size()];
          boolean allNull = true;
          for (int i = 0; i < values.length; i++) {
            parser.nextToken();
            values[i] = columns.get(i).read(parser);
            allNull &= values[i] == null;
          }
          if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new IllegalStateException("a JSON row holds more values than its columns");
          }
          return allNull ? null : mapping.apply(values);
        };
    return DSL.field("json_build_array({0})", type(row), DSL.list(fields));
  }

  @SuppressWarnings("unchecked") // the reader of the column at i read a value of its type
  private static <T> T value(Object[] values, int i) {
    return (T) values[i];
  }

  @SuppressWarnings("unchecked") // each reader reads values of its column's type
  private static <T> Reader<T> readerOf(Field<T> field) {
    if (field.getConverter() instanceof Read<?> nested) {
      return (Reader<T>) nested.reader();
    }
    Class<T> type = field.getType();
    Reader<?> reader;
    if (type == Long.class) {
      reader = parser -> parser.getLongValue();
    } else if (type == Integer.class) {
      reader = parser -> parser.getIntValue();
    } else if (type == String.class) {
      reader = parser -> parser.getString();
    } else if (type == Boolean.class) {
      reader = parser -> parser.getBooleanValue();
    } else if (type == LocalDate.class) {
      reader = parser -> LocalDate.parse(parser.getString());
    } else {
      throw new IllegalArgumentException(
          "a column of " + type.getName() + " can not be read from JSON: " + field);
    }
    Reader<?> notNull = reader;
    return parser ->
        parser.currentToken() == JsonToken.VALUE_NULL ? null : (T) notNull.read(parser);
  }

  private static void expect(JsonParser parser, JsonToken token) {
    if (parser.currentToken() != token) {
      throw new IllegalStateException("expected " + token + " but read " + parser.currentToken());
    }
  }

  private static <U> DataType<U> type(Reader<U> reader) {
    return SQLDataType.JSON.asConvertedDataType(new Read<>(reader));
  }

  /** The conversion of a JSON value to what its reader reads; rows are never written from it. */
  private record Read<U>(Reader<U> reader) implements ContextConverter<JSON, U> {

    @Override
    public U from(JSON json, ConverterContext context) {
      if (json == null) {
        return null;
      }
      try (JsonParser parser = JSON_FACTORY.createParser(ObjectReadContext.empty(), json.data())) {
        parser.nextToken();
        return reader.read(parser);
      }
    }

    @Override
    public JSON to(U value, ConverterContext context) {
      throw new UnsupportedOperationException("a JSON row is read, never written");
    }

    @Override
    public Class<JSON> fromType() {
      return JSON.class;
    }

    @Override
    @SuppressWarnings("unchecked") // read only, never checked against: the class of U's erasure
    public Class<U> toType() {
      return (Class<U>) Object.class;
    }
  }
}
