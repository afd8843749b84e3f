package org.entente.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.party.PartyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoldersTest {

  private static final PartyId EU = new PartyId(1);
  private static final Office HIGH_REPRESENTATIVE =
      new Office(
          new OfficeId(1),
          "High Representative of the Union for Foreign Affairs and Security Policy",
          EU,
          true,
          List.of());
  private static final Office VICE_PRESIDENT =
      new Office(
          new OfficeId(2), "Vice-President of the European Commission", EU, false, List.of());

  private static final PersonId MOGHERINI = new PersonId(1);
  private static final PersonId BORRELL = new PersonId(2);
  private static final PersonId KALLAS = new PersonId(3);
  private static final PersonId SEFCOVIC = new PersonId(4);

  private static final List<Tenure> HIGH_REPRESENTATIVES =
      List.of(
          tenure(1, MOGHERINI, HIGH_REPRESENTATIVE, "2014-11-01", "2019-11-30"),
          tenure(2, BORRELL, HIGH_REPRESENTATIVE, "2019-12-01", "2024-11-30"),
          tenure(3, KALLAS, HIGH_REPRESENTATIVE, "2024-12-01", "open"));

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2014-11-01, Mogherini",
    "2019-11-29, Mogherini",
    "2019-12-01, Borrell",
    "2020-01-01, Borrell",
    "2024-11-29, Borrell",
    "2024-12-01, Kallas",
    "2025-03-28, Kallas",
  })
  void holderOn_findsTheHighRepresentativeOfTheDay(LocalDate day, String holder) {
    PersonId expected = person(holder);

    assertThat(OfficeHolders.holderOn(HIGH_REPRESENTATIVES, day))
        .map(Tenure::personId)
        .contains(expected);
  }

  @Test
  void holderOn_findsNobodyBeforeTheFirstTenureOnRecord() {
    assertThat(OfficeHolders.holderOn(HIGH_REPRESENTATIVES, LocalDate.of(2014, 10, 31))).isEmpty();
  }

  @Test
  void holderOn_ignoresATenureWhoseUnknownBoundsProveNothing() {
    Tenure vague = tenure(9, new PersonId(9), HIGH_REPRESENTATIVE, "unknown", "unknown");

    assertThat(OfficeHolders.holderOn(List.of(vague), LocalDate.of(2017, 1, 1))).isEmpty();
    assertThat(
            OfficeHolders.holderOn(
                List.of(vague, HIGH_REPRESENTATIVES.get(0)), LocalDate.of(2017, 1, 1)))
        .map(Tenure::personId)
        .contains(MOGHERINI);
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2019-10-31, Mogherini",
    "2019-11-01, Mogherini",
    "2019-11-15, nobody",
    "2019-11-30, Borrell",
    "2019-12-01, Borrell",
  })
  void holderOn_namesOnlyAHolderTheRecordShowsInOffice_whenTheHandoverIsKnownOnlyToTheMonth(
      LocalDate day, String holder) {
    Tenure leaving = tenure(1, MOGHERINI, HIGH_REPRESENTATIVE, "2014-11-01", "2019-11");
    Tenure arriving = tenure(2, BORRELL, HIGH_REPRESENTATIVE, "2019-11", "open");

    assertThat(OfficeHolders.holderOn(List.of(arriving, leaving), day).map(Tenure::personId))
        .isEqualTo(holder.equals("nobody") ? Optional.empty() : Optional.of(person(holder)));
  }

  @Test
  void checkNoOverlap_acceptsSuccessiveHoldersOfASingleHolderOffice() {
    assertThatCode(
            () ->
                OfficeHolders.checkNoOverlap(
                    HIGH_REPRESENTATIVE,
                    HIGH_REPRESENTATIVES.subList(0, 2),
                    HIGH_REPRESENTATIVES.get(2)))
        .doesNotThrowAnyException();
  }

  @Test
  void checkNoOverlap_acceptsATenureCheckedAgainstAListThatHoldsItAlready() {
    assertThatCode(
            () ->
                OfficeHolders.checkNoOverlap(
                    HIGH_REPRESENTATIVE, HIGH_REPRESENTATIVES, HIGH_REPRESENTATIVES.get(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void checkNoOverlap_acceptsATenureCorrectedInPlace_whoseEarlierRecordItWouldOverlap() {
    Tenure borrellCorrected = tenure(2, BORRELL, HIGH_REPRESENTATIVE, "2019-12-01", "2024-11-29");

    assertThatCode(
            () ->
                OfficeHolders.checkNoOverlap(
                    HIGH_REPRESENTATIVE, HIGH_REPRESENTATIVES, borrellCorrected))
        .doesNotThrowAnyException();
  }

  @Test
  void checkOneHolderAtATime_refusesMakingAnOfficeSingleHolder_whileTwoOfItsTenuresOverlap() {
    List<Tenure> vicePresidents =
        List.of(
            tenure(5, KALLAS, VICE_PRESIDENT, "2024-12-01", "open"),
            tenure(6, SEFCOVIC, VICE_PRESIDENT, "2019-12-01", "open"));
    Office singleHolder =
        new Office(VICE_PRESIDENT.id(), VICE_PRESIDENT.name(), EU, true, List.of());

    assertThatThrownBy(() -> OfficeHolders.checkOneHolderAtATime(singleHolder, vicePresidents))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("TENURE_OVERLAP"));
  }

  @Test
  void checkOneHolderAtATime_acceptsTenuresOneAfterTheOther() {
    assertThatCode(
            () -> OfficeHolders.checkOneHolderAtATime(HIGH_REPRESENTATIVE, HIGH_REPRESENTATIVES))
        .doesNotThrowAnyException();
  }

  @Test
  void checkNoOverlap_refusesASecondHolderOfASingleHolderOfficeAtTheSameTime() {
    Tenure overlapping = tenure(4, SEFCOVIC, HIGH_REPRESENTATIVE, "2024-06-01", "open");

    assertThatThrownBy(
            () ->
                OfficeHolders.checkNoOverlap(
                    HIGH_REPRESENTATIVE, HIGH_REPRESENTATIVES, overlapping))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("TENURE_OVERLAP"));
  }

  @Test
  void checkNoOverlap_acceptsSeveralHoldersOfAMultiHolderOfficeAtTheSameTime() {
    List<Tenure> vicePresidents = List.of(tenure(5, KALLAS, VICE_PRESIDENT, "2024-12-01", "open"));
    Tenure another = tenure(6, SEFCOVIC, VICE_PRESIDENT, "2024-12-01", "open");

    assertThatCode(() -> OfficeHolders.checkNoOverlap(VICE_PRESIDENT, vicePresidents, another))
        .doesNotThrowAnyException();
  }

  @Test
  void checkNoOverlap_ignoresTenuresOfAnotherOffice() {
    List<Tenure> elsewhere = List.of(tenure(5, KALLAS, VICE_PRESIDENT, "2024-12-01", "open"));
    Tenure highRepresentative = tenure(3, KALLAS, HIGH_REPRESENTATIVE, "2024-12-01", "open");

    assertThatCode(
            () -> OfficeHolders.checkNoOverlap(HIGH_REPRESENTATIVE, elsewhere, highRepresentative))
        .doesNotThrowAnyException();
  }

  @Test
  void checkNoOverlap_acceptsTenuresWhoseUnknownBoundsProveNoOverlap() {
    Tenure vague = tenure(9, new PersonId(9), HIGH_REPRESENTATIVE, "unknown", "unknown");

    assertThatCode(
            () -> OfficeHolders.checkNoOverlap(HIGH_REPRESENTATIVE, HIGH_REPRESENTATIVES, vague))
        .doesNotThrowAnyException();
  }

  private static PersonId person(String name) {
    return switch (name) {
      case "Mogherini" -> MOGHERINI;
      case "Borrell" -> BORRELL;
      case "Kallas" -> KALLAS;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Tenure tenure(long id, PersonId person, Office office, String start, String end) {
    return new Tenure(
        new TenureId(id),
        person,
        office.id(),
        PartialDate.parse(start),
        end.equals("open") ? null : PartialDate.parse(end),
        List.of());
  }

  @Test
  void holderOn_theLastDayOfATenure_stillNamesItsHolder() {
    assertThat(
            OfficeHolders.holderOn(HIGH_REPRESENTATIVES, LocalDate.of(2019, 11, 30))
                .map(Tenure::personId))
        .contains(MOGHERINI);
  }
}
