package org.entente.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.domain.negotiation.NegotiationStep.Kind.ABANDONED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.CONCLUDED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.INITIALLED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.LAUNCHED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.MANDATE_GRANTED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.PROPOSED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.RESUMED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.ROUND_HELD;
import static org.entente.domain.negotiation.NegotiationStep.Kind.SUSPENDED;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.negotiation.NegotiationStep.Kind;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NegotiationLifecycleTest {

  /**
   * The rules of treaty-making, written out here rather than read from the lifecycle, so that a
   * change to either shows up as a failure. The empty key is "no step yet".
   */
  private static final Map<Optional<Kind>, Set<Kind>> ALLOWED =
      Map.of(
          Optional.empty(), EnumSet.of(PROPOSED, MANDATE_GRANTED, LAUNCHED),
          Optional.of(PROPOSED), EnumSet.of(MANDATE_GRANTED, LAUNCHED, ABANDONED),
          Optional.of(MANDATE_GRANTED), EnumSet.of(LAUNCHED, ABANDONED),
          Optional.of(LAUNCHED), EnumSet.of(ROUND_HELD, CONCLUDED, SUSPENDED, ABANDONED),
          Optional.of(ROUND_HELD), EnumSet.of(ROUND_HELD, CONCLUDED, SUSPENDED, ABANDONED),
          Optional.of(RESUMED), EnumSet.of(ROUND_HELD, CONCLUDED, SUSPENDED, ABANDONED),
          Optional.of(SUSPENDED), EnumSet.of(RESUMED, ABANDONED),
          Optional.of(CONCLUDED), EnumSet.of(INITIALLED, ABANDONED),
          Optional.of(INITIALLED), EnumSet.noneOf(Kind.class),
          Optional.of(ABANDONED), EnumSet.noneOf(Kind.class));

  static Stream<Named<Optional<Kind>>> everyPreviousKind() {
    return Stream.concat(
            Stream.of(Optional.<Kind>empty()), Arrays.stream(Kind.values()).map(Optional::of))
        .map(previous -> Named.of(previous.map(Kind::name).orElse("no step yet"), previous));
  }

  static Stream<Arguments> allowedTransitions() {
    return transitions(true);
  }

  static Stream<Arguments> refusedTransitions() {
    return transitions(false);
  }

  private static Stream<Arguments> transitions(boolean allowed) {
    return everyPreviousKind()
        .flatMap(
            previous ->
                Arrays.stream(Kind.values())
                    .filter(next -> ALLOWED.get(previous.getPayload()).contains(next) == allowed)
                    .map(next -> Arguments.of(previous, next)));
  }

  @Test
  void theTransitionTables_coverEveryPairOfPreviousAndNextKindOnce() {
    assertThat(allowedTransitions().count() + refusedTransitions().count()).isEqualTo(10 * 9);
  }

  @ParameterizedTest(name = "after {0}")
  @MethodSource("everyPreviousKind")
  void allowedAfter_listsExactlyTheStepsTheRulesAllow(Optional<Kind> previous) {
    assertThat(NegotiationLifecycle.allowedAfter(previous))
        .containsExactlyInAnyOrderElementsOf(ALLOWED.get(previous));
  }

  @ParameterizedTest(name = "{1} after {0}")
  @MethodSource("allowedTransitions")
  void check_acceptsAStepAllowedAfterThePreviousOne(Optional<Kind> previous, Kind next) {
    List<Kind> path = pathTo(previous);

    assertThatCode(() -> NegotiationLifecycle.check(walk(path))).doesNotThrowAnyException();
    assertThat(NegotiationLifecycle.allowedAfter(previous)).contains(next);
    assertThatCode(() -> NegotiationLifecycle.check(walk(plus(path, next))))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{1} after {0}")
  @MethodSource("refusedTransitions")
  void check_refusesAStepNotAllowedAfterThePreviousOne(Optional<Kind> previous, Kind next) {
    List<Kind> path = pathTo(previous);

    assertThatCode(() -> NegotiationLifecycle.check(walk(path))).doesNotThrowAnyException();
    assertThat(NegotiationLifecycle.allowedAfter(previous)).doesNotContain(next);
    assertRefused("ILLEGAL_STEP", () -> NegotiationLifecycle.check(walk(plus(path, next))));
  }

  @ParameterizedTest(name = "round {1} after round {0}")
  @CsvSource({"1, 1", "2, 1", "3, 2"})
  void roundNumbers_mustRise(int earlier, int later) {
    List<NegotiationStep> steps =
        List.of(step(LAUNCHED, "unknown"), round(earlier, "unknown"), round(later, "unknown"));

    assertRefused("ROUND_OUT_OF_ORDER", () -> NegotiationLifecycle.check(steps));
  }

  @Test
  void roundNumbers_keepRisingAcrossASuspension() {
    List<NegotiationStep> resumedAtRoundOne =
        List.of(
            step(LAUNCHED, "unknown"),
            round(1, "unknown"),
            step(SUSPENDED, "unknown"),
            step(RESUMED, "unknown"),
            round(1, "unknown"));
    List<NegotiationStep> resumedAtRoundTwo =
        List.of(
            step(LAUNCHED, "unknown"),
            round(1, "unknown"),
            step(SUSPENDED, "unknown"),
            step(RESUMED, "unknown"),
            round(2, "unknown"));

    assertRefused("ROUND_OUT_OF_ORDER", () -> NegotiationLifecycle.check(resumedAtRoundOne));
    assertThatCode(() -> NegotiationLifecycle.check(resumedAtRoundTwo)).doesNotThrowAnyException();
  }

  @Test
  void roundNumbers_mayLeaveOutRoundsNotOnRecord() {
    List<NegotiationStep> steps =
        List.of(step(LAUNCHED, "unknown"), round(1, "unknown"), round(3, "unknown"));

    assertThatCode(() -> NegotiationLifecycle.check(steps)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "launched {0}, first round {1}")
  @CsvSource({
    "2025-03-28, 2025-03-27",
    "2025-03-28, 2025-02",
    "2025-03,    2025-02-28",
    "2025,       2024-12",
    "2025-03-28, 2024",
  })
  void check_refusesAStepDatedCertainlyBeforeThePreviousOne(String launched, String firstRound) {
    List<NegotiationStep> steps = List.of(step(LAUNCHED, launched), round(1, firstRound));

    assertRefused("STEP_BEFORE_PREVIOUS", () -> NegotiationLifecycle.check(steps));
  }

  @ParameterizedTest(name = "launched {0}, first round {1}")
  @CsvSource({
    "2025-03-28, 2025-03-28",
    "2025-03-28, 2025-03",
    "2025-03,    2025-03-28",
    "2025-03,    2025-03-01",
    "2025,       2025-03-28",
    "2025-03-28, 2025",
    "2025-03-28, unknown",
    "unknown,    2025-03-28",
  })
  void check_acceptsAStepThatMayShareThePreviousStepsDate(String launched, String firstRound) {
    List<NegotiationStep> steps = List.of(step(LAUNCHED, launched), round(1, firstRound));

    assertThatCode(() -> NegotiationLifecycle.check(steps)).doesNotThrowAnyException();
  }

  @Test
  void check_acceptsStepsOfUnknownDateAnywhere() {
    List<NegotiationStep> steps =
        List.of(
            step(PROPOSED, "unknown"),
            step(MANDATE_GRANTED, "2024-12-16"),
            step(LAUNCHED, "unknown"),
            round(1, "2025-05-20"),
            round(2, "unknown"),
            round(3, "2025-09"),
            step(CONCLUDED, "unknown"));

    assertThatCode(() -> NegotiationLifecycle.check(steps)).doesNotThrowAnyException();
  }

  @Test
  void check_comparesADateWithTheLastDatedStep_notWithAStepOfUnknownDate() {
    List<NegotiationStep> steps =
        List.of(step(LAUNCHED, "2025-03-28"), round(1, "unknown"), round(2, "2025-03-27"));

    assertRefused("STEP_BEFORE_PREVIOUS", () -> NegotiationLifecycle.check(steps));
  }

  /** EU–Kazakhstan visa facilitation: a mandate of unrecorded date, talks launched in Almaty. */
  private static final List<NegotiationStep> VISA_FACILITATION =
      List.of(step(MANDATE_GRANTED, "unknown"), step(LAUNCHED, "2025-03-28"));

  @Test
  void negotiationStatus_isEmptyTheDayBeforeTheAlmatyMeeting() {
    assertThat(NegotiationLifecycle.statusOn(VISA_FACILITATION, LocalDate.of(2025, 3, 27)))
        .isEmpty();
  }

  @Test
  void negotiationStatus_isLaunchedOnTheDayOfTheAlmatyMeeting() {
    Optional<NegotiationStanding> status =
        NegotiationLifecycle.statusOn(VISA_FACILITATION, LocalDate.of(2025, 3, 28));

    assertThat(status)
        .contains(
            new NegotiationStanding(
                NegotiationStatus.LAUNCHED, date("2025-03-28"), VISA_FACILITATION.get(1)));
  }

  @Test
  void history_countsTheMandateOfUnknownDateAsGrantedBeforeTheLaunch() {
    assertThat(NegotiationLifecycle.history(VISA_FACILITATION))
        .extracting(NegotiationStanding::status, NegotiationStanding::since)
        .containsExactly(
            tuple(NegotiationStatus.MANDATE_GRANTED, PartialDate.unknown()),
            tuple(NegotiationStatus.LAUNCHED, date("2025-03-28")));
  }

  @Test
  void statusOn_countsAStepOfUnknownDateOnceALaterStepHasHappened() {
    NegotiationStep launch = step(LAUNCHED, "unknown");
    List<NegotiationStep> steps =
        List.of(step(MANDATE_GRANTED, "2024-12"), launch, round(1, "2025-04-10"));

    assertThat(NegotiationLifecycle.statusOn(steps, LocalDate.of(2025, 4, 9)))
        .map(NegotiationStanding::status)
        .contains(NegotiationStatus.MANDATE_GRANTED);
    assertThat(NegotiationLifecycle.statusOn(steps, LocalDate.of(2025, 4, 10)))
        .contains(
            new NegotiationStanding(NegotiationStatus.LAUNCHED, PartialDate.unknown(), launch));
  }

  @Test
  void statusOn_waitsUntilAStepKnownToTheMonthHasCertainlyHappened() {
    List<NegotiationStep> steps = List.of(step(MANDATE_GRANTED, "2024-12"));

    assertThat(NegotiationLifecycle.statusOn(steps, LocalDate.of(2024, 12, 30))).isEmpty();
    assertThat(NegotiationLifecycle.statusOn(steps, LocalDate.of(2024, 12, 31)))
        .map(NegotiationStanding::status)
        .contains(NegotiationStatus.MANDATE_GRANTED);
  }

  @Test
  void rounds_leaveTheNegotiationLaunchedSinceTheLaunch() {
    NegotiationStep launch = step(LAUNCHED, "2025-03-28");
    List<NegotiationStep> steps = List.of(launch, round(1, "2025-05-20"), round(2, "2025-09-10"));
    NegotiationStanding launched =
        new NegotiationStanding(NegotiationStatus.LAUNCHED, date("2025-03-28"), launch);

    assertThat(NegotiationLifecycle.statusOn(steps, LocalDate.of(2025, 6, 1))).contains(launched);
    assertThat(NegotiationLifecycle.statusOn(steps, LocalDate.of(2025, 10, 1))).contains(launched);
    assertThat(NegotiationLifecycle.status(steps)).contains(launched);
    assertThat(NegotiationLifecycle.history(steps)).containsExactly(launched);
  }

  @Test
  void history_listsEachChangeOfStatusOnce() {
    List<NegotiationStep> steps =
        List.of(
            step(PROPOSED, "2024-06"),
            step(MANDATE_GRANTED, "2024-12-16"),
            step(LAUNCHED, "2025-03-28"),
            round(1, "2025-05-20"),
            round(2, "2025-09-10"),
            step(SUSPENDED, "2025-11"),
            step(RESUMED, "2026-02-02"),
            round(3, "2026-03-16"),
            step(CONCLUDED, "2026-06-30"),
            step(INITIALLED, "2026-07-15"));

    assertThat(NegotiationLifecycle.history(steps))
        .extracting(NegotiationStanding::status, standing -> standing.since().text())
        .containsExactly(
            tuple(NegotiationStatus.PROPOSED, "2024-06"),
            tuple(NegotiationStatus.MANDATE_GRANTED, "2024-12-16"),
            tuple(NegotiationStatus.LAUNCHED, "2025-03-28"),
            tuple(NegotiationStatus.SUSPENDED, "2025-11"),
            tuple(NegotiationStatus.LAUNCHED, "2026-02-02"),
            tuple(NegotiationStatus.CONCLUDED, "2026-06-30"),
            tuple(NegotiationStatus.INITIALLED, "2026-07-15"));
    assertThat(NegotiationLifecycle.status(steps))
        .map(NegotiationStanding::status)
        .contains(NegotiationStatus.INITIALLED);
  }

  @Test
  void status_isEmptyWithoutSteps() {
    assertThat(NegotiationLifecycle.status(List.of())).isEmpty();
    assertThat(NegotiationLifecycle.history(List.of())).isEmpty();
    assertThat(NegotiationLifecycle.statusOn(List.of(), LocalDate.of(2025, 3, 28))).isEmpty();
  }

  /**
   * The shortest sequence of kinds, allowed by {@link #ALLOWED}, that opens a negotiation and ends
   * with {@code target}; empty for "no step yet".
   */
  private static List<Kind> pathTo(Optional<Kind> target) {
    Map<Optional<Kind>, List<Kind>> paths = new HashMap<>();
    paths.put(Optional.empty(), List.of());
    Deque<Optional<Kind>> toVisit = new ArrayDeque<>(List.of(Optional.empty()));
    while (!toVisit.isEmpty()) {
      Optional<Kind> at = toVisit.remove();
      for (Kind next : ALLOWED.get(at)) {
        Optional<Kind> reached = Optional.of(next);
        if (!paths.containsKey(reached)) {
          paths.put(reached, plus(paths.get(at), next));
          toVisit.add(reached);
        }
      }
    }
    assertThat(paths).as("steps that lead to %s", target).containsKey(target);
    return paths.get(target);
  }

  /** Steps of unknown date of the given kinds, rounds numbered 1, 2, … in order. */
  private static List<NegotiationStep> walk(List<Kind> kinds) {
    List<NegotiationStep> steps = new ArrayList<>();
    int rounds = 0;
    for (Kind kind : kinds) {
      steps.add(kind == ROUND_HELD ? round(++rounds, "unknown") : step(kind, "unknown"));
    }
    return steps;
  }

  private static <T> List<T> plus(List<T> list, T last) {
    List<T> longer = new ArrayList<>(list);
    longer.add(last);
    return List.copyOf(longer);
  }

  private static NegotiationStep step(Kind kind, String date) {
    return NegotiationStep.of(kind, facts(date), null, null, null, null);
  }

  private static NegotiationStep round(int number, String date) {
    return new NegotiationStep.RoundHeld(facts(date), number);
  }

  private static StepFacts facts(String date) {
    return new StepFacts(null, date(date), null, null, List.of());
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
  void aStepCertainlyBeforeAnyEarlierStep_isRefused_notOnlyBeforeTheOneJustBeforeIt() {
    assertRefused(
        "STEP_BEFORE_PREVIOUS",
        () ->
            NegotiationLifecycle.check(
                List.of(
                    step(Kind.LAUNCHED, "2025-03-28"),
                    round(1, "2025-03"),
                    round(2, "2025-03-05"))));
  }
}
