package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.entente.domain.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
  @CsvSource({
    "2025-03-28,            DAY,   2025-03-28, 2025-03-28",
    "2025-03,               MONTH, 2025-03-01, 2025-03-31",
    "2015,                  YEAR,  2015-01-01, 2015-12-31",
    "2014-05-13/2014-05-14, DAY,   2014-05-13, 2014-05-14",
    "2014-09/2014-11,       MONTH, 2014-09-01, 2014-11-30",
  })
  void parse_readsEachIsoFormAsTheIntervalItCovers(
      String text, Precision precision, LocalDate from, LocalDate to) {
    assertThat(PartialDate.parse(text)).isEqualTo(new PartialDate(precision, from, to));
  }

  @Test
  void parse_readsUnknownAsADateCoveringNoInterval() {
    PartialDate date = PartialDate.parse("unknown");

    assertThat(date).isEqualTo(PartialDate.unknown());
    assertThat(date.isKnown()).isFalse();
    assertThat(date.earliest()).isEmpty();
    assertThat(date.latest()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-03-28",
        "2025-03",
        "2015",
        "2014-05-13/2014-05-14",
        "2014-09/2014-11",
        "unknown"
      })
  void text_writesBackTheFormParseRead(String text) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.text()).isEqualTo(text);
    assertThat(PartialDate.parse(date.text())).isEqualTo(date);
  }

  @Test
  void factories_buildTheDatesTheirTextFormsName() {
    assertThat(PartialDate.day(LocalDate.of(2025, 3, 28)))
        .isEqualTo(PartialDate.parse("2025-03-28"));
    assertThat(PartialDate.days(LocalDate.of(2014, 5, 13), LocalDate.of(2014, 5, 14)))
        .isEqualTo(PartialDate.parse("2014-05-13/2014-05-14"));
    assertThat(PartialDate.month(YearMonth.of(2025, 3))).isEqualTo(PartialDate.parse("2025-03"));
    assertThat(PartialDate.months(YearMonth.of(2014, 9), YearMonth.of(2014, 11)))
        .isEqualTo(PartialDate.parse("2014-09/2014-11"));
    assertThat(PartialDate.year(2015)).isEqualTo(PartialDate.parse("2015"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {"2025-13", "28.03.2025", "2025-03/2025-04-01", "", "2014-05-14/2014-05-13"})
  void parse_refusesWhatIsNotADate_namingTheInput(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest(name = "{0} from {1} to {2}")
  @CsvSource({
    "MONTH, 2025-03-02, 2025-03-31, whole months",
    "MONTH, 2025-03-01, 2025-03-30, whole months",
    "MONTH, 2025-03-15, 2025-04-14, whole months",
    "YEAR,  2015-02-01, 2015-12-31, whole years",
    "YEAR,  2015-01-01, 2016-06-30, whole years",
  })
  void constructor_refusesAMonthOrYearDateThatDoesNotCoverWholeMonthsOrYears(
      Precision precision, LocalDate from, LocalDate to, String reason) {
    assertThatThrownBy(() -> new PartialDate(precision, from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "{0} from {1} to {2}")
  @CsvSource({
    "MONTH, 2024-02-01, 2024-02-29",
    "MONTH, 2014-09-01, 2014-11-30",
    "YEAR,  2014-01-01, 2015-12-31",
    "DAY,   2014-05-13, 2014-05-17",
  })
  void constructor_acceptsWholeMonthsAndYears(Precision precision, LocalDate from, LocalDate to) {
    assertThatCode(() -> new PartialDate(precision, from, to)).doesNotThrowAnyException();
  }

  @Test
  void constructor_refusesAnIntervalThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () ->
                new PartialDate(
                    Precision.DAY, LocalDate.of(2014, 5, 14), LocalDate.of(2014, 5, 13)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void constructor_refusesAnUnknownDateWithAnInterval() {
    assertThatThrownBy(
            () ->
                new PartialDate(
                    Precision.UNKNOWN, LocalDate.of(2014, 5, 13), LocalDate.of(2014, 5, 13)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} certainly before {1}: {2}")
  @CsvSource({
    "2025-03-27,            2025-03-28,            true",
    "2025-03-28,            2025-03-28,            false",
    "2025-03-29,            2025-03-28,            false",
    "2025-03,               2025-03-28,            false",
    "2025-03-28,            2025-03,               false",
    "2025-02,               2025-03-01,            true",
    "2025-02,               2025-03,               true",
    "2014-05-13/2014-05-14, 2014-05-14,            false",
    "2014-05-13/2014-05-14, 2014-05-15,            true",
    "2014-09/2014-11,       2014-11-30,            false",
    "2015,                  2016-01,               true",
    "2015,                  2015-12-31,            false",
    "unknown,               2025-03-28,            false",
    "2025-03-28,            unknown,               false",
    "unknown,               unknown,               false",
  })
  void isCertainlyBefore_holdsOnlyWhenTheWholeIntervalPrecedesTheOther(
      String date, String other, boolean expected) {
    assertThat(PartialDate.parse(date).isCertainlyBefore(PartialDate.parse(other)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} certainly on or before {1}: {2}")
  @CsvSource({
    "2025-03-28,      2025-03-28, true",
    "2025-03-28,      2025-03-27, false",
    "2025-03,         2025-03-28, false",
    "2025-03,         2025-03-31, true",
    "2014-09/2014-11, 2014-10-15, false",
    "2014-09/2014-11, 2014-11-30, true",
    "2015,            2015-12-30, false",
    "2015,            2016-01-01, true",
    "unknown,         2100-01-01, false",
  })
  void isCertainlyOnOrBefore_holdsOnlyOnceTheWholeIntervalHasPassed(
      String date, LocalDate day, boolean expected) {
    assertThat(PartialDate.parse(date).isCertainlyOnOrBefore(day)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} may include {1}: {2}")
  @CsvSource({
    "2025-03,               2025-03-28, true",
    "2025-03,               2025-03-01, true",
    "2025-03,               2025-02-28, false",
    "2025-03,               2025-04-01, false",
    "2025-03-28,            2025-03-28, true",
    "2025-03-28,            2025-03-29, false",
    "2014-05-13/2014-05-14, 2014-05-14, true",
    "2014-05-13/2014-05-14, 2014-05-15, false",
    "2015,                  2015-07-01, true",
    "unknown,               2025-03-28, true",
  })
  void mayInclude_holdsUnlessTheDateIsKnownToLieElsewhere(
      String date, LocalDate day, boolean expected) {
    assertThat(PartialDate.parse(date).mayInclude(day)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0005", "0843", "2015", "9999", "-843", "-005"})
  void aYear_isWrittenInFourCharacters_andReadBack(String year) {
    assertThat(PartialDate.parse(year).text()).isEqualTo(year);
  }

  @Test
  void yearsBeforeOneThousand_roundTripWithFourDigits() {
    assertThat(PartialDate.parse("0843").text()).isEqualTo("0843");
    assertThat(PartialDate.parse(PartialDate.parse("0843").text()))
        .isEqualTo(PartialDate.parse("0843"));
  }
}
