package org.entente.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.domain.negotiation.NegotiationStep.Kind.LAUNCHED;
import static org.entente.domain.negotiation.NegotiationStep.Kind.MANDATE_GRANTED;

import java.time.LocalDate;
import java.util.List;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.negotiation.NegotiationStep.Kind;
import org.entente.domain.party.PartyId;
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
