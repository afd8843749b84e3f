package org.entente.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.domain.agreement.AgreementAction.Kind.ACCEDED;
import static org.entente.domain.agreement.AgreementAction.Kind.ACCEPTED;
import static org.entente.domain.agreement.AgreementAction.Kind.AMENDED;
import static org.entente.domain.agreement.AgreementAction.Kind.APPROVED;
import static org.entente.domain.agreement.AgreementAction.Kind.ENTERED_INTO_FORCE;
import static org.entente.domain.agreement.AgreementAction.Kind.PROVISIONALLY_APPLIED;
import static org.entente.domain.agreement.AgreementAction.Kind.RATIFIED;
import static org.entente.domain.agreement.AgreementAction.Kind.SIGNED;
import static org.entente.domain.agreement.AgreementAction.Kind.SUSPENDED;
import static org.entente.domain.agreement.AgreementAction.Kind.TERMINATED;
import static org.entente.domain.agreement.AgreementAction.Kind.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.AgreementAction.Kind;
import org.entente.domain.agreement.AgreementStanding.PartyStanding;
import org.entente.domain.party.PartyId;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementLifecycleTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final PartyId NEITHER = new PartyId(3);
  private static final List<PartyId> PARTIES = List.of(EU, KZ);

  static Stream<Named<List<AgreementAction>>> acceptedSequences() {
    return Stream.of(
        sequence(
            "signed by every party at once, then in force",
            act(SIGNED, null),
            act(ENTERED_INTO_FORCE, null)),
        sequence(
            "signed and ratified by each party, then in force",
            act(SIGNED, EU),
            act(SIGNED, KZ),
            act(RATIFIED, EU),
            act(RATIFIED, KZ),
            act(ENTERED_INTO_FORCE, null)),
        sequence(
            "consent by acceptance and by approval",
            act(SIGNED, null),
            act(ACCEPTED, EU),
            act(APPROVED, KZ)),
        sequence(
            "applied provisionally by one signatory, then by all",
            act(SIGNED, null),
            act(PROVISIONALLY_APPLIED, EU),
            act(PROVISIONALLY_APPLIED, null)),
        sequence(
            "ratified while applied provisionally",
            act(SIGNED, null),
            act(PROVISIONALLY_APPLIED, null),
            act(RATIFIED, EU),
            act(ENTERED_INTO_FORCE, null)),
        sequence(
            "acceded to by a party that did not sign, then in force for it",
            act(SIGNED, EU),
            act(ACCEDED, KZ),
            act(ENTERED_INTO_FORCE, KZ)),
        sequence("in force for a signatory", act(SIGNED, EU), act(ENTERED_INTO_FORCE, EU)),
        sequence("amended once signed", act(SIGNED, null), act(AMENDED, null)),
        sequence(
            "suspended in force, by a party and then as a whole",
            act(SIGNED, null),
            act(ENTERED_INTO_FORCE, null),
            act(SUSPENDED, KZ),
            act(SUSPENDED, null)),
        sequence(
            "provisional application suspended, then in force",
            act(SIGNED, null),
            act(PROVISIONALLY_APPLIED, null),
            act(SUSPENDED, null),
            act(ENTERED_INTO_FORCE, null)),
        sequence("withdrawn by a signatory", act(SIGNED, null), act(WITHDRAWN, KZ)),
        sequence(
            "withdrawn by a party that acceded",
            act(SIGNED, EU),
            act(ACCEDED, KZ),
            act(WITHDRAWN, KZ)),
        sequence("terminated once signed", act(SIGNED, null), act(TERMINATED, null)),
        sequence(
            "terminated in force",
            act(SIGNED, null),
            act(ENTERED_INTO_FORCE, null),
            act(TERMINATED, null)));
  }

  static Stream<Named<List<AgreementAction>>> refusedSequences() {
    return Stream.of(
        sequence("in force before any signature", act(ENTERED_INTO_FORCE, null)),
        sequence(
            "in force for a party that has not signed",
            act(SIGNED, EU),
            act(ENTERED_INTO_FORCE, KZ)),
        sequence(
            "in force twice",
            act(SIGNED, null),
            act(ENTERED_INTO_FORCE, null),
            act(ENTERED_INTO_FORCE, null)),
        sequence("ratified by a party that has not signed", act(SIGNED, EU), act(RATIFIED, KZ)),
        sequence("accepted by a party that has not signed", act(SIGNED, EU), act(ACCEPTED, KZ)),
        sequence("approved by a party that has not signed", act(SIGNED, EU), act(APPROVED, KZ)),
        sequence("ratified before any signature", act(RATIFIED, EU)),
        sequence(
            "ratified twice by a party", act(SIGNED, null), act(RATIFIED, EU), act(RATIFIED, EU)),
        sequence("acceded to by a signatory", act(SIGNED, EU), act(ACCEDED, EU)),
        sequence("acceded to when nobody has signed", act(ACCEDED, KZ)),
        sequence("signed twice by a party", act(SIGNED, EU), act(SIGNED, EU)),
        sequence(
            "signed by every party when one has signed already",
            act(SIGNED, EU),
            act(SIGNED, null)),
        sequence("applied provisionally before signature", act(PROVISIONALLY_APPLIED, null)),
        sequence(
            "applied provisionally by a party that has not signed",
            act(SIGNED, EU),
            act(PROVISIONALLY_APPLIED, KZ)),
        sequence(
            "applied provisionally once in force",
            act(SIGNED, null),
            act(ENTERED_INTO_FORCE, null),
            act(PROVISIONALLY_APPLIED, null)),
        sequence("amended before signature", act(AMENDED, null)),
        sequence("suspended before signature", act(SUSPENDED, null)),
        sequence("suspended when signed but not in force", act(SIGNED, null), act(SUSPENDED, null)),
        sequence(
            "suspended by a party for which it is not in force",
            act(SIGNED, null),
            act(SUSPENDED, KZ)),
        sequence(
            "suspended twice",
            act(SIGNED, null),
            act(ENTERED_INTO_FORCE, null),
            act(SUSPENDED, null),
            act(SUSPENDED, null)),
        sequence("withdrawn by a party that has not signed", act(SIGNED, EU), act(WITHDRAWN, KZ)),
        sequence(
            "withdrawn twice by a party",
            act(SIGNED, null),
            act(WITHDRAWN, KZ),
            act(WITHDRAWN, KZ)),
        sequence("terminated before signature", act(TERMINATED, null)),
        sequence(
            "terminated twice", act(SIGNED, null), act(TERMINATED, null), act(TERMINATED, null)));
  }

  @ParameterizedTest
  @MethodSource("acceptedSequences")
  void check_acceptsALegalSequence(List<AgreementAction> actions) {
    assertThatCode(() -> AgreementLifecycle.check(PARTIES, actions)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("refusedSequences")
  void check_refusesAnIllegalAction(List<AgreementAction> actions) {
    assertRefused("ILLEGAL_ACTION", () -> AgreementLifecycle.check(PARTIES, actions));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void check_refusesEveryActionAfterTermination(Kind kind) {
    List<AgreementAction> applied = List.of(act(SIGNED, EU), act(PROVISIONALLY_APPLIED, EU));
    AgreementAction action = acceptedAfterProvisionalApplication(kind);

    assertThatCode(() -> AgreementLifecycle.check(PARTIES, plus(applied, action)))
        .doesNotThrowAnyException();
    List<AgreementAction> terminated = plus(applied, act(TERMINATED, null));

    assertThatThrownBy(() -> AgreementLifecycle.check(PARTIES, plus(terminated, action)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("ILLEGAL_ACTION"))
        .hasMessageContaining("nothing follows TERMINATED");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void check_refusesAnActionByAPartyNotPartyToTheAgreement(Kind kind) {
    List<AgreementAction> applied = List.of(act(SIGNED, EU), act(PROVISIONALLY_APPLIED, EU));

    assertThatThrownBy(() -> AgreementLifecycle.check(PARTIES, plus(applied, act(kind, NEITHER))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("ILLEGAL_ACTION"))
        .hasMessageContaining("must be a party to the agreement");
  }

  @ParameterizedTest(name = "signed {0}, ratified {1}")
  @CsvSource({
    "2015-12-21, 2015-12-20",
    "2015-12-21, 2015-11",
    "2015-12,    2015-11-30",
    "2016,       2015",
  })
  void check_refusesAnActionDatedCertainlyBeforeThePreviousOne(String signed, String ratified) {
    List<AgreementAction> actions = List.of(act(SIGNED, null, signed), act(RATIFIED, EU, ratified));

    assertRefused("ACTION_BEFORE_PREVIOUS", () -> AgreementLifecycle.check(PARTIES, actions));
  }

  @ParameterizedTest(name = "signed {0}, ratified {1}")
  @CsvSource({
    "2015-12-21, 2015-12-21",
    "2015-12-21, 2015-12",
    "2015-12,    2015-12-01",
    "2015-12-21, unknown",
    "unknown,    2015-12-21",
  })
  void check_acceptsAnActionThatMayShareThePreviousOnesDate(String signed, String ratified) {
    List<AgreementAction> actions = List.of(act(SIGNED, null, signed), act(RATIFIED, EU, ratified));

    assertThatCode(() -> AgreementLifecycle.check(PARTIES, actions)).doesNotThrowAnyException();
  }

  @Test
  void check_comparesADateWithTheLastDatedAction_notWithAnActionOfUnknownDate() {
    List<AgreementAction> actions =
        List.of(
            act(SIGNED, null, "2015-12-21"),
            act(RATIFIED, EU, "unknown"),
            act(RATIFIED, KZ, "2015-12-01"));

    assertRefused("ACTION_BEFORE_PREVIOUS", () -> AgreementLifecycle.check(PARTIES, actions));
  }

  /**
   * The EU–Kazakhstan Enhanced Partnership and Cooperation Agreement, as far as this test needs it.
   */
  private static final List<AgreementAction> EPCA =
      List.of(
          act(SIGNED, EU, "2015-12-21"),
          act(SIGNED, KZ, "2015-12-21"),
          act(RATIFIED, EU, "2020-01"),
          act(ENTERED_INTO_FORCE, null, "2020-03-01"));

  @Test
  void statusOn_isNotSignedBeforeTheSignature() {
    AgreementStanding standing = statusOfEpcaOn(2015, 12, 20);

    assertThat(standing.status()).isEqualTo(AgreementStatus.NOT_SIGNED);
    assertThat(standing.since()).isEqualTo(PartialDate.unknown());
    assertThat(standing.parties())
        .containsExactly(
            new PartyStanding(EU, PartyStatus.NOT_SIGNED, PartialDate.unknown()),
            new PartyStanding(KZ, PartyStatus.NOT_SIGNED, PartialDate.unknown()));
  }

  @Test
  void statusOn_isSignedSinceTheSignatureInAstana() {
    AgreementStanding standing = statusOfEpcaOn(2016, 1, 1);

    assertThat(standing.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(standing.since()).isEqualTo(date("2015-12-21"));
    assertThat(standing.parties())
        .containsExactly(
            new PartyStanding(EU, PartyStatus.SIGNED, date("2015-12-21")),
            new PartyStanding(KZ, PartyStatus.SIGNED, date("2015-12-21")));
  }

  @Test
  void statusOn_countsARatificationKnownToTheMonthOnlyOnceTheMonthHasPassed() {
    assertThat(statusOfEpcaOn(2020, 1, 15).parties())
        .contains(new PartyStanding(EU, PartyStatus.SIGNED, date("2015-12-21")));
    assertThat(statusOfEpcaOn(2020, 1, 31).parties())
        .contains(new PartyStanding(EU, PartyStatus.CONSENTED, date("2020-01")));
  }

  @Test
  void statusOn_isStillSignedOverallWhenOnlyTheEuHasConsented() {
    AgreementStanding standing = statusOfEpcaOn(2020, 2, 15);

    assertThat(standing.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(standing.since()).isEqualTo(date("2015-12-21"));
    assertThat(standing.parties())
        .containsExactly(
            new PartyStanding(EU, PartyStatus.CONSENTED, date("2020-01")),
            new PartyStanding(KZ, PartyStatus.SIGNED, date("2015-12-21")));
  }

  @Test
  void statusOn_isInForceForTheAgreementAndBothPartiesFromTheFirstOfMarch2020() {
    AgreementStanding standing = statusOfEpcaOn(2020, 3, 1);

    assertThat(standing.status()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(standing.since()).isEqualTo(date("2020-03-01"));
    assertThat(standing.parties())
        .containsExactly(
            new PartyStanding(EU, PartyStatus.IN_FORCE, date("2020-03-01")),
            new PartyStanding(KZ, PartyStatus.IN_FORCE, date("2020-03-01")));
  }

  @Test
  void status_isTheStatusOnceEveryActionIsTaken() {
    assertThat(AgreementLifecycle.status(PARTIES, EPCA)).isEqualTo(statusOfEpcaOn(2020, 3, 1));
  }

  @Test
  void history_listsEachChangeOfTheOverallStatus() {
    assertThat(AgreementLifecycle.history(PARTIES, EPCA))
        .extracting(AgreementStanding::status, AgreementStanding::since)
        .containsExactly(
            tuple(AgreementStatus.SIGNED, date("2015-12-21")),
            tuple(AgreementStatus.IN_FORCE, date("2020-03-01")));
  }

  @Test
  void statusOn_countsAnEntryIntoForceOnlyFromTheDateItTakesEffect() {
    List<AgreementAction> actions =
        List.of(
            act(SIGNED, EU, "2015-12-21"),
            act(SIGNED, KZ, "2015-12-21"),
            act(RATIFIED, EU, "2020-01"),
            act(ENTERED_INTO_FORCE, null, "2020-01-21", "2020-03-01"));

    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2020, 2, 29)).status())
        .isEqualTo(AgreementStatus.SIGNED);
    AgreementStanding inForce =
        AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2020, 3, 1));
    assertThat(inForce.status()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(inForce.since()).isEqualTo(date("2020-03-01"));
  }

  @Test
  void statusOn_countsAWithdrawalOnlyFromTheDateItTakesEffect_evenOnceALaterActionIsTaken() {
    List<AgreementAction> actions =
        List.of(
            act(SIGNED, null, "2015-12-21"),
            act(ENTERED_INTO_FORCE, null, "2020-03-01"),
            act(WITHDRAWN, KZ, "2021-01-10", "2021-07-10"),
            act(AMENDED, null, "2021-03-01"));

    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2021, 4, 1)).parties())
        .contains(new PartyStanding(KZ, PartyStatus.IN_FORCE, date("2020-03-01")));
    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2021, 7, 10)).parties())
        .contains(new PartyStanding(KZ, PartyStatus.WITHDRAWN, date("2021-07-10")));
  }

  @Test
  void statusOn_countsAnActionOfUnknownDateOnceALaterActionHasTakenEffect() {
    List<AgreementAction> actions =
        List.of(
            act(SIGNED, null, "2015-12-21"),
            act(RATIFIED, EU, "unknown"),
            act(RATIFIED, KZ, "2019-06-01"),
            act(ENTERED_INTO_FORCE, null, "2020-03-01"),
            act(SUSPENDED, null, "unknown"));

    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2019, 5, 31)).parties())
        .contains(new PartyStanding(EU, PartyStatus.SIGNED, date("2015-12-21")));
    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2019, 6, 1)).parties())
        .contains(new PartyStanding(EU, PartyStatus.CONSENTED, PartialDate.unknown()));
    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2030, 1, 1)).status())
        .isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(AgreementLifecycle.status(PARTIES, actions).status())
        .isEqualTo(AgreementStatus.SUSPENDED);
  }

  @Test
  void signedWithoutAParty_isSignedByEveryParty() {
    AgreementStanding standing =
        AgreementLifecycle.status(PARTIES, List.of(act(SIGNED, null, "2015-12-21")));

    assertThat(standing.parties())
        .extracting(PartyStanding::status)
        .containsExactly(PartyStatus.SIGNED, PartyStatus.SIGNED);
  }

  /** An action of the kind that a signed agreement the EU applies provisionally accepts. */
  private static AgreementAction acceptedAfterProvisionalApplication(Kind kind) {
    return switch (kind) {
      case SIGNED, ACCEDED -> act(kind, KZ);
      case PROVISIONALLY_APPLIED, RATIFIED, ACCEPTED, APPROVED, WITHDRAWN -> act(kind, EU);
      case ENTERED_INTO_FORCE, AMENDED, SUSPENDED, TERMINATED -> act(kind, null);
    };
  }

  private static AgreementStanding statusOfEpcaOn(int year, int month, int day) {
    return AgreementLifecycle.statusOn(PARTIES, EPCA, LocalDate.of(year, month, day));
  }

  private static Named<List<AgreementAction>> sequence(
      String description, AgreementAction... actions) {
    return Named.of(description, Arrays.asList(actions));
  }

  private static List<AgreementAction> plus(List<AgreementAction> actions, AgreementAction last) {
    List<AgreementAction> longer = new ArrayList<>(actions);
    longer.add(last);
    return List.copyOf(longer);
  }

  private static AgreementAction act(Kind kind, PartyId party) {
    return act(kind, party, "unknown");
  }

  private static AgreementAction act(Kind kind, PartyId party, String date) {
    return AgreementAction.of(
        kind, new ActionFacts(null, party, null, date(date), null, null, null, List.of()));
  }

  private static AgreementAction act(Kind kind, PartyId party, String date, String effective) {
    return AgreementAction.of(
        kind,
        new ActionFacts(null, party, null, date(date), date(effective), null, null, List.of()));
  }

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  private static void assertRefused(String code, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(code));
  }

  @Test
  void anActionCertainlyBeforeAnyEarlierAction_isRefused() {
    assertRefused(
        "ACTION_BEFORE_PREVIOUS",
        () ->
            AgreementLifecycle.check(
                PARTIES,
                List.of(
                    act(Kind.SIGNED, null, "2015-12-21"),
                    act(Kind.RATIFIED, EU, "2015"),
                    act(Kind.RATIFIED, KZ, "2015-06-01"))));
  }

  @Test
  void statusOn_beforeAnEntryIntoForceTakesEffect_ignoresTheActionsThatDependOnIt() {
    List<AgreementAction> actions =
        List.of(
            act(Kind.SIGNED, null, "2015-12-21"),
            act(Kind.ENTERED_INTO_FORCE, null, "2020-01-20", "2020-03-01"),
            act(Kind.SUSPENDED, KZ, "2020-02-01"));
    AgreementLifecycle.check(PARTIES, actions);

    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2020, 2, 10)).status())
        .isEqualTo(AgreementStatus.SIGNED);
    assertThat(AgreementLifecycle.statusOn(PARTIES, actions, LocalDate.of(2020, 3, 2)).parties())
        .extracting(PartyStanding::status)
        .containsExactly(PartyStatus.IN_FORCE, PartyStatus.SUSPENDED);
  }

  @Test
  void enteringIntoForceAgainAfterASuspension_resumesTheAgreement() {
    List<AgreementAction> actions =
        List.of(
            act(Kind.SIGNED, null, "2015-12-21"),
            act(Kind.ENTERED_INTO_FORCE, null, "2020-03-01"),
            act(Kind.SUSPENDED, null, "2022-01-01"),
            act(Kind.ENTERED_INTO_FORCE, null, "2023-01-01"));

    AgreementStanding standing = AgreementLifecycle.status(PARTIES, actions);
    assertThat(standing.status()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(standing.since()).isEqualTo(PartialDate.parse("2023-01-01"));
  }
}
