package org.entente.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.domain.agreement.AgreementAction.Kind.ENTERED_INTO_FORCE;
import static org.entente.domain.agreement.AgreementAction.Kind.RATIFIED;
import static org.entente.domain.agreement.AgreementAction.Kind.SIGNED;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.AgreementAction.Kind;
import org.entente.domain.party.PartyId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static final PartyId EU = new PartyId(1);
  private static final PartyId KZ = new PartyId(2);
  private static final AgreementId EPCA_ID = new AgreementId(2);
  private static final AgreementId PCA_ID = new AgreementId(1);

  private static final List<AgreementAction> EPCA_ACTIONS =
      List.of(
          act(SIGNED, EU, "2015-12-21"),
          act(SIGNED, KZ, "2015-12-21"),
          act(RATIFIED, EU, "2020-01"),
          act(ENTERED_INTO_FORCE, null, "2020-03-01"));

  @Test
  void anAgreement_refusesActionsInAnIllegalOrder() {
    List<AgreementAction> ratifiedUnsigned = List.of(act(RATIFIED, KZ, "2016-01-15"));

    assertThatThrownBy(() -> agreement(EPCA_ID, List.of(EU, KZ), ratifiedUnsigned, null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("ILLEGAL_ACTION"));
  }

  @Test
  void anAgreement_refusesAnActionDatedBeforeThePreviousOne() {
    List<AgreementAction> actions =
        List.of(act(SIGNED, null, "2015-12-21"), act(RATIFIED, EU, "2015-06"));

    assertThatThrownBy(() -> agreement(EPCA_ID, List.of(EU, KZ), actions, null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("ACTION_BEFORE_PREVIOUS"));
  }

  @Test
  void anAgreement_needsTwoParties() {
    assertThatThrownBy(() -> agreement(EPCA_ID, List.of(EU), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two parties");
  }

  @Test
  void anAgreement_countsAPartyNamedTwiceOnce() {
    assertThatThrownBy(() -> agreement(EPCA_ID, List.of(EU, EU), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two parties");
    assertThat(agreement(EPCA_ID, List.of(EU, KZ, EU), List.of(), null).partyIds())
        .containsExactly(EU, KZ);
  }

  @Test
  void anAgreement_cannotReplaceItself() {
    assertThatThrownBy(() -> agreement(EPCA_ID, List.of(EU, KZ), EPCA_ACTIONS, EPCA_ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replace itself");
  }

  @Test
  void anAgreement_mayReplaceAnother() {
    assertThatCode(() -> agreement(EPCA_ID, List.of(EU, KZ), EPCA_ACTIONS, PCA_ID))
        .doesNotThrowAnyException();
    assertThat(agreement(EPCA_ID, List.of(EU, KZ), EPCA_ACTIONS, PCA_ID).replaces())
        .contains(PCA_ID);
  }

  @Test
  void anAgreement_derivesItsStatusFromItsActions() {
    Agreement epca = agreement(EPCA_ID, List.of(EU, KZ), EPCA_ACTIONS, PCA_ID);

    assertThat(epca.statusOn(LocalDate.of(2015, 12, 20)).status())
        .isEqualTo(AgreementStatus.NOT_SIGNED);
    assertThat(epca.statusOn(LocalDate.of(2020, 2, 15)).status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(epca.status().status()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(epca.status().since()).isEqualTo(PartialDate.parse("2020-03-01"));
    assertThat(epca.statusHistory())
        .extracting(AgreementStanding::status)
        .containsExactly(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE);
  }

  @Test
  void check_namesTheActionAndTheFieldAtFault() {
    List<AgreementAction> actions =
        List.of(act(SIGNED, null, "2015-12-21"), act(RATIFIED, new PartyId(9), "2016"));

    assertThatThrownBy(() -> AgreementLifecycle.check(List.of(EU, KZ), actions))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.path()).containsExactly("actions", "1", "party"));
  }

  @Test
  void withAction_appendsAnActionTheLifecycleAllows_andTheStatusFollows() {
    Agreement signed =
        agreement(EPCA_ID, List.of(EU, KZ), List.of(cited(1, SIGNED, null, "2015-12-21")), null);

    Agreement inForce = signed.withAction(cited(2, ENTERED_INTO_FORCE, null, "2020-03-01"));

    assertThat(inForce.status().status()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(inForce.statusHistory())
        .extracting(AgreementStanding::status)
        .containsExactly(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE);
  }

  @Test
  void withAction_refusesEntryIntoForceBeforeSignature_atItsKind() {
    Agreement unsigned = agreement(EPCA_ID, List.of(EU, KZ), List.of(), null);

    assertRefusedAt(
        () -> unsigned.withAction(cited(1, ENTERED_INTO_FORCE, null, "2020-03-01")),
        "ILLEGAL_ACTION",
        "kind");
  }

  @Test
  void withAction_refusesAnActOfAPartyNotPartyToTheAgreement_atTheParty() {
    Agreement signed =
        agreement(EPCA_ID, List.of(EU, KZ), List.of(cited(1, SIGNED, null, "2015-12-21")), null);

    assertRefusedAt(
        () -> signed.withAction(cited(2, RATIFIED, new PartyId(9), "2016")),
        "ILLEGAL_ACTION",
        "party");
  }

  @Test
  void withAction_refusesARatificationByAPartyThatHasNotSigned_atTheParty() {
    Agreement signedByTheEu =
        agreement(EPCA_ID, List.of(EU, KZ), List.of(cited(1, SIGNED, EU, "2015-12-21")), null);

    assertRefusedAt(
        () -> signedByTheEu.withAction(cited(2, RATIFIED, KZ, "2016")), "ILLEGAL_ACTION", "party");
  }

  @Test
  void withAction_refusesAnActionThatCitesNoSource() {
    Agreement unsigned = agreement(EPCA_ID, List.of(EU, KZ), List.of(), null);

    assertRefusedAt(
        () -> unsigned.withAction(act(SIGNED, null, "2015-12-21")), "UNCITED", "citations");
  }

  @Test
  void withoutAction_removesAnActionWhoseRemovalLeavesTheLifecycleLegal() {
    Agreement inForce =
        agreement(
            EPCA_ID,
            List.of(EU, KZ),
            List.of(
                cited(1, SIGNED, null, "2015-12-21"), cited(2, ENTERED_INTO_FORCE, null, "2020")),
            null);

    assertThat(inForce.withoutAction(new AgreementActionId(2)).status().status())
        .isEqualTo(AgreementStatus.SIGNED);
  }

  @Test
  void withoutAction_refusesToRemoveTheSignatureThatARatificationFollows() {
    Agreement ratified =
        agreement(
            EPCA_ID,
            List.of(EU, KZ),
            List.of(cited(1, SIGNED, null, "2015-12-21"), cited(2, RATIFIED, EU, "2020-01")),
            null);

    assertThatThrownBy(() -> ratified.withoutAction(new AgreementActionId(1)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("ILLEGAL_ACTION");
              assertThat(violation.path()).isEmpty();
            })
        .hasMessageContaining("a later action depends on this one");
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

  private static AgreementAction cited(long id, Kind kind, PartyId party, String date) {
    return AgreementAction.of(
        kind,
        new ActionFacts(
            new AgreementActionId(id),
            party,
            null,
            PartialDate.parse(date),
            null,
            null,
            null,
            List.of(new Citation(null, new SourceId(1), null))));
  }

  private static Agreement agreement(
      AgreementId id, List<PartyId> parties, List<AgreementAction> actions, AgreementId replaces) {
    return new Agreement(
        id,
        "Enhanced Partnership and Cooperation Agreement between the European Union and its Member"
            + " States, of the one part, and the Republic of Kazakhstan, of the other part",
        "EPCA",
        AgreementKind.PARTNERSHIP_AND_COOPERATION,
        null,
        parties,
        actions,
        replaces,
        null,
        List.of(),
        List.of());
  }

  private static AgreementAction act(Kind kind, PartyId party, String date) {
    return AgreementAction.of(
        kind,
        new ActionFacts(null, party, null, PartialDate.parse(date), null, null, null, List.of()));
  }
}
