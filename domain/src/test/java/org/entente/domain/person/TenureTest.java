package org.entente.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tenures are written "start, end"; an end of "open" means still in office. */
class TenureTest {

  private static final OfficeId HIGH_REPRESENTATIVE = new OfficeId(1);

  @ParameterizedTest(name = "{0} to {1} may cover {2}: {3}")
  @CsvSource({
    "2014-11-01, 2019-11-30, 2014-10-31, false",
    "2014-11-01, 2019-11-30, 2014-11-01, true",
    "2014-11-01, 2019-11-30, 2019-11-30, true",
    "2014-11-01, 2019-11-30, 2019-12-01, false",
    "2014-11,    2019-11,    2014-11-01, true",
    "2014-11,    2019-11,    2019-11-30, true",
    "2014-11,    2019-11,    2014-10-31, false",
    "2014-11,    2019-11,    2019-12-01, false",
    "unknown,    2019-11-30, 1990-01-01, true",
    "unknown,    2019-11-30, 2019-12-01, false",
    "2014-11-01, unknown,    2030-01-01, true",
    "2014-11-01, unknown,    2014-10-31, false",
    "2024-12-01, open,       2030-01-01, true",
    "2024-12-01, open,       2024-11-30, false",
  })
  void mayCover_holdsUnlessTheRecordShowsThePersonOutOfOffice(
      String start, String end, LocalDate day, boolean expected) {
    assertThat(tenure(start, end).mayCover(day)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1} certainly covers {2}: {3}")
  @CsvSource({
    "2014-11-01, 2019-11-30, 2014-10-31, false",
    "2014-11-01, 2019-11-30, 2014-11-01, true",
    "2014-11-01, 2019-11-30, 2019-11-29, true",
    "2014-11-01, 2019-11-30, 2019-12-01, false",
    "2014-11,    2019-11,    2014-11-15, false",
    "2014-11,    2019-11,    2014-11-30, true",
    "2014-11,    2019-11,    2019-10-31, true",
    "2014-11,    2019-11,    2019-11-15, false",
    "unknown,    2019-11-30, 2019-01-01, false",
    "2014-11-01, unknown,    2015-01-01, false",
    "2024-12-01, open,       2030-01-01, true",
    "2024-12-01, open,       2024-11-30, false",
  })
  void certainlyCovers_holdsOnlyWhenTheRecordShowsThePersonInOffice(
      String start, String end, LocalDate day, boolean expected) {
    assertThat(tenure(start, end).certainlyCovers(day)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1} and {2} to {3}: {4}")
  @CsvSource({
    "2014-11-01, 2019-11-30, 2019-12-01, open,       false",
    "2014-11-01, 2019-11-30, 2019-11-30, open,       true",
    "2014-11-01, 2019-12-15, 2019-12-01, 2024-11-30, true",
    "2019-12-01, open,       2024-12-01, open,       true",
    "2014-11,    2019-11,    2019-11,    open,       false",
    "2014-11,    2019-12,    2019-11,    open,       true",
    "unknown,    2019-11-30, 2015-01-01, 2016-01-01, false",
    "2014-11-01, unknown,    2014-12-01, open,       false",
  })
  void certainlyOverlaps_holdsOnlyWhenBothCertainlyShareADay(
      String start, String end, String otherStart, String otherEnd, boolean expected) {
    Tenure tenure = tenure(start, end);
    Tenure other = tenure(otherStart, otherEnd);

    assertThat(tenure.certainlyOverlaps(other)).isEqualTo(expected);
    assertThat(other.certainlyOverlaps(tenure)).isEqualTo(expected);
  }

  @Test
  void mogherinisTenure_doesNotOverlapBorrells() {
    Tenure mogherini = tenure("2014-11-01", "2019-11-30");
    Tenure borrell = tenure("2019-12-01", "open");

    assertThat(mogherini.certainlyOverlaps(borrell)).isFalse();
    assertThat(borrell.certainlyOverlaps(mogherini)).isFalse();
  }

  @Test
  void constructor_refusesATenureThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> tenure("2019-12-01", "2019-11-30"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("TENURE_ENDS_BEFORE_START");
              assertThat(violation.path()).containsExactly("end");
            })
        .hasMessageContaining("before it starts");
  }

  @Test
  void constructor_acceptsAnEndThatMayShareTheStartsMonth() {
    assertThatCode(() -> tenure("2019-12-01", "2019-12")).doesNotThrowAnyException();
  }

  @Test
  void isOpen_onlyWithoutAnEnd() {
    assertThat(tenure("2024-12-01", "open").isOpen()).isTrue();
    assertThat(tenure("2024-12-01", "open").ended()).isEmpty();
    assertThat(tenure("2014-11-01", "unknown").isOpen()).isFalse();
    assertThat(tenure("2014-11-01", "unknown").ended()).contains(PartialDate.unknown());
  }

  private static Tenure tenure(String start, String end) {
    return new Tenure(
        null,
        new PersonId(1),
        HIGH_REPRESENTATIVE,
        PartialDate.parse(start),
        end.equals("open") ? null : PartialDate.parse(end),
        List.of());
  }
}
