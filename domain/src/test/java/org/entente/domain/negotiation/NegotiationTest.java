package org.entente.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.domain.negotiation.NegotiationStep.Kind.LAUNCHED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.MANDATE_GRANTED;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.negotiation.NegotiationStep.Kind;
import org.entente.domain.party.PartyId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;

class NegotiationTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final PartyId COMMISSION = new PartyId(4);

  @Test
  void aNegotiation_refusesStepsInAnIllegalOrder() {
    List<NegotiationStep> roundBeforeLaunch = List.of(round(1, "2025-05-20"));

    assertThatThrownBy(() -> negotiation(bothSides(), roundBeforeLaunch))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("ILLEGAL_STEP"));
  }

  @Test
  void aNegotiation_refusesRoundsOutOfOrder() {
    List<NegotiationStep> steps =
        List.of(step(LAUNCHED, "2025-03-28"), round(2, "2025-05-20"), round(1, "2025-09-10"));

    assertThatThrownBy(() -> negotiation(bothSides(), steps))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("ROUND_OUT_OF_ORDER"));
  }

  @Test
  void aNegotiation_refusesAStepDatedBeforeThePreviousOne() {
    List<NegotiationStep> steps = List.of(step(LAUNCHED, "2025-03-28"), round(1, "2025-03-27"));

    assertThatThrownBy(() -> negotiation(bothSides(), steps))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("STEP_BEFORE_PREVIOUS"));
  }

  @Test
  void aNegotiation_needsTwoParties() {
    assertThatThrownBy(() -> negotiation(List.of(new NegotiatingParty(EU, COMMISSION)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two parties");
  }

  @Test
  void aNegotiation_namesAPartyOnce() {
    List<NegotiatingParty> euTwice =
        List.of(
            new NegotiatingParty(EU, COMMISSION),
            new NegotiatingParty(KZ, null),
            new NegotiatingParty(EU, null));

    assertThatThrownBy(() -> negotiation(euTwice, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("once");
  }

  @Test
  void negotiationStatus_isLaunchedOnTheDayOfTheAlmatyMeeting() {
    Negotiation visaFacilitation =
        negotiation(
            bothSides(), List.of(step(MANDATE_GRANTED, "unknown"), step(LAUNCHED, "2025-03-28")));

    assertThat(visaFacilitation.statusOn(LocalDate.of(2025, 3, 27))).isEmpty();
    assertThat(visaFacilitation.statusOn(LocalDate.of(2025, 3, 28)))
        .map(NegotiationStanding::status)
        .contains(NegotiationStatus.LAUNCHED);
    assertThat(visaFacilitation.status())
        .map(NegotiationStanding::since)
        .contains(PartialDate.parse("2025-03-28"));
    assertThat(visaFacilitation.statusHistory())
        .extracting(NegotiationStanding::status)
        .containsExactly(NegotiationStatus.MANDATE_GRANTED, NegotiationStatus.LAUNCHED);
  }

  @Test
  void check_namesTheStepAndTheFieldAtFault() {
    List<NegotiationStep> steps = List.of(step(LAUNCHED, "2025-03-28"), round(1, "2025-03-27"));

    assertThatThrownBy(() -> NegotiationLifecycle.check(steps))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.path()).containsExactly("steps", "1", "date"));
  }

  @Test
  void withStep_appendsAStepTheLifecycleAllows_andTheStatusFollows() {
    Negotiation launched = negotiation(bothSides(), List.of(cited(1, LAUNCHED, "2025-03-28")));

    Negotiation afterARound = launched.withStep(citedRound(2, 1, "2025-05-20"));

    assertThat(afterARound.steps()).hasSize(2);
    assertThat(afterARound.statusHistory())
        .extracting(NegotiationStanding::status)
        .containsExactly(NegotiationStatus.LAUNCHED);
    assertThat(afterARound.withStep(cited(3, Kind.SUSPENDED, "2025-06")).status())
        .map(NegotiationStanding::status)
        .contains(NegotiationStatus.SUSPENDED);
  }

  @Test
  void withStep_refusesARoundBeforeTheLaunch_atItsKind() {
    assertRefusedAt(
        () -> negotiation(bothSides(), List.of()).withStep(citedRound(1, 1, "2025-05-20")),
        "ILLEGAL_STEP",
        "kind");
  }

  @Test
  void withStep_refusesARoundNumberThatDoesNotRise_atTheRoundNumber() {
    Negotiation afterRoundTwo =
        negotiation(
            bothSides(), List.of(cited(1, LAUNCHED, "2025-03-28"), citedRound(2, 2, "2025-05")));

    assertRefusedAt(
        () -> afterRoundTwo.withStep(citedRound(3, 2, "2025-09")),
        "ROUND_OUT_OF_ORDER",
        "roundNumber");
  }

  @Test
  void withStep_refusesAStepDatedBeforeTheLastDatedOne_atItsDate() {
    Negotiation launched = negotiation(bothSides(), List.of(cited(1, LAUNCHED, "2025-03-28")));

    assertRefusedAt(
        () -> launched.withStep(citedRound(2, 1, "2025-02")), "STEP_BEFORE_PREVIOUS", "date");
  }

  @Test
  void withStep_refusesAnythingAfterAbandonment() {
    Negotiation abandoned =
        negotiation(
            bothSides(),
            List.of(cited(1, LAUNCHED, "2025-03-28"), cited(2, Kind.ABANDONED, "2025-04")));

    assertRefusedAt(
        () -> abandoned.withStep(cited(3, Kind.RESUMED, "2025-05")), "ILLEGAL_STEP", "kind");
  }

  @Test
  void withStep_refusesAStepThatCitesNoSource() {
    assertRefusedAt(
        () -> negotiation(bothSides(), List.of()).withStep(step(LAUNCHED, "2025-03-28")),
        "UNCITED",
        "citations");
  }

  @Test
  void withoutStep_removesAStepWhoseRemovalLeavesTheLifecycleLegal() {
    Negotiation negotiation =
        negotiation(
            bothSides(),
            List.of(
                cited(1, LAUNCHED, "2025-03-28"),
                citedRound(2, 1, "2025-05"),
                citedRound(3, 2, "2025-09")));

    assertThat(negotiation.withoutStep(new NegotiationStepId(2)).steps())
        .extracting(step -> step.facts().id().value())
        .containsExactly(1L, 3L);
    assertThat(negotiation.withoutStep(new NegotiationStepId(3)).steps()).hasSize(2);
  }

  @Test
  void withoutStep_refusesToRemoveTheLaunchThatARoundFollows() {
    Negotiation negotiation =
        negotiation(
            bothSides(), List.of(cited(1, LAUNCHED, "2025-03-28"), citedRound(2, 1, "2025-05")));

    assertThatThrownBy(() -> negotiation.withoutStep(new NegotiationStepId(1)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("ILLEGAL_STEP");
              assertThat(violation.path()).isEmpty();
            })
        .hasMessageContaining("a later step depends on this one");
  }

  @Test
  void withoutStep_refusesAStepOfAnotherNegotiation() {
    Negotiation launched = negotiation(bothSides(), List.of(cited(1, LAUNCHED, "2025-03-28")));

    assertRefusedAt(() -> launched.withoutStep(new NegotiationStepId(99)), "NOT_FOUND");
  }

  private static void assertRefusedAt(ThrowingCallable call, String code, String... path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo(code);
              assertThat(violation.path()).containsExactly(path);
            });
  }

  private static NegotiationStep cited(long id, Kind kind, String date) {
    return NegotiationStep.of(kind, citedFacts(id, date), null, null, null, null);
  }

  private static NegotiationStep citedRound(long id, int number, String date) {
    return new NegotiationStep.RoundHeld(citedFacts(id, date), number);
  }

  private static StepFacts citedFacts(long id, String date) {
    return new StepFacts(
        new NegotiationStepId(id),
        PartialDate.parse(date),
        null,
        null,
        List.of(new Citation(null, new SourceId(1), null)));
  }

  private static List<NegotiatingParty> bothSides() {
    return List.of(new NegotiatingParty(EU, COMMISSION), new NegotiatingParty(KZ, null));
  }

  private static Negotiation negotiation(
      List<NegotiatingParty> parties, List<NegotiationStep> steps) {
    return new Negotiation(
        null,
        "EU–Kazakhstan visa facilitation agreement",
        "visa facilitation",
        parties,
        List.of(),
        steps,
        TargetDate.unknown(),
        null,
        List.of());
  }

  private static NegotiationStep step(Kind kind, String date) {
    return NegotiationStep.of(kind, facts(date), null, null, null, null);
  }

  private static NegotiationStep round(int number, String date) {
    return new NegotiationStep.RoundHeld(facts(date), number);
  }

  private static StepFacts facts(String date) {
    return new StepFacts(null, PartialDate.parse(date), null, null, List.of());
  }
}
