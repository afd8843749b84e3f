package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.domain.PartialDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** Rows and lists built by PostgreSQL as JSON come back as the values that went in. */
class JsonRowsTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  private record Sample(Long id, String text, Integer count, Boolean flag, LocalDate day) {}

  private static Field<Sample> sample(
      Long id, String text, Integer count, Boolean flag, LocalDate day) {
    return JsonRows.row(
        DSL.row(
            DSL.val(id, SQLDataType.BIGINT),
            DSL.val(text, SQLDataType.CLOB),
            DSL.val(count, SQLDataType.INTEGER),
            DSL.val(flag, SQLDataType.BOOLEAN),
            DSL.val(day, SQLDataType.LOCALDATE)),
        Sample::new);
  }

  private <T> T read(Field<T> field) {
    return db.select(field).fetchSingle(Record1::value1);
  }

  @Test
  void aRow_readsEveryValueAsItWasWritten() {
    String text = "quote \" backslash \\ tab\tnewline\n Қазақстан « » \u0001 emoji 🇰🇿";
    Sample written = new Sample(Long.MAX_VALUE, text, -7, true, LocalDate.of(1066, 10, 14));

    assertThat(read(sample(Long.MAX_VALUE, text, -7, true, LocalDate.of(1066, 10, 14))))
        .isEqualTo(written);
  }

  @Test
  void aRowWithSomeNulls_readsThemAsNull_andARowOfOnlyNulls_readsAsNull() {
    assertThat(read(sample(1L, null, null, false, null)))
        .isEqualTo(new Sample(1L, null, null, false, null));
    assertThat(read(sample(null, null, null, null, null))).isNull();
  }

  @Test
  void aPartialDate_readsItsDaysBeforeAndAfter1970() {
    Field<PartialDate> year =
        Columns.partialDate(
            DSL.val("YEAR"),
            DSL.val(LocalDate.of(1955, 1, 1), SQLDataType.LOCALDATE),
            DSL.val(LocalDate.of(1955, 12, 31), SQLDataType.LOCALDATE));
    Field<PartialDate> day =
        Columns.partialDate(
            DSL.val("DAY"),
            DSL.val(LocalDate.of(2025, 3, 5), SQLDataType.LOCALDATE),
            DSL.val(LocalDate.of(2025, 3, 5), SQLDataType.LOCALDATE));

    assertThat(read(year)).isEqualTo(PartialDate.parse("1955"));
    assertThat(read(day)).isEqualTo(PartialDate.parse("2025-03-05"));
  }

  @Test
  void aList_keepsItsQuerysOrder_andNoRowsReadAsAnEmptyList() {
    Table<?> numbers =
        DSL.values(DSL.row(3L, "c"), DSL.row(1L, "a"), DSL.row(2L, "b")).as("n", "id", "name");
    Field<Long> id = numbers.field("id", Long.class);
    Field<String> name = numbers.field("name", String.class);

    assertThat(read(JsonRows.list(select(name).from(numbers).orderBy(id.desc()))))
        .containsExactly("c", "b", "a");
    assertThat(read(JsonRows.list(select(id).from(numbers).where(DSL.falseCondition())))).isEmpty();
  }

  @Test
  void rowsInAListInARow_readAsTheyNest() {
    Table<?> numbers = DSL.values(DSL.row(1L), DSL.row(2L)).as("n", "id");
    Field<Long> id = numbers.field("id", Long.class);
    Field<List<List<Long>>> pairs =
        JsonRows.list(
            select(JsonRows.row(DSL.row(id, id.times(10)), (one, ten) -> List.of(one, ten)))
                .from(numbers)
                .orderBy(id));
    Field<String> outer =
        JsonRows.row(
            DSL.row(DSL.val("pairs"), pairs), (label, read) -> label + " " + read.toString());

    assertThat(read(outer)).isEqualTo("pairs [[1, 10], [2, 20]]");
  }

  @Test
  void aColumnOfATypeItCannotRead_isRefusedWhenTheRowIsBuilt() {
    assertThatThrownBy(
            () ->
                JsonRows.row(
                    DSL.row(
                        DSL.val(1L),
                        DSL.val(OffsetDateTime.now(), SQLDataType.TIMESTAMPWITHTIMEZONE)),
                    (id, when) -> when))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.time.OffsetDateTime");
  }
}
