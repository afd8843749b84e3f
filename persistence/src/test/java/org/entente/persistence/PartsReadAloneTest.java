package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.persistence.jooq.Tables.PARTY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.PartyId;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;

/**
 * A negotiation's steps and an agreement's actions read by their own ids are what the whole
 * negotiation or agreement holds, in one statement for any number of them.
 */
class PartsReadAloneTest {

  private final DSLContext db = TestDatabase.shared().migrated();
  private final List<String> statements = new ArrayList<>();
  private final DSLContext counted =
      db.configuration()
          .derive(ExecuteListener.onExecuteStart(context -> statements.add(context.sql())))
          .dsl();
  private final Negotiations negotiations = JooqPorts.negotiations(counted);
  private final Agreements agreements = JooqPorts.agreements(counted);

  private PartyId northOfANewDossier() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag), "test").problems())
        .isEmpty();
    return new PartyId(
        db.select(PARTY.ID)
            .from(PARTY)
            .where(PARTY.NAME.eq("Northern Union " + tag))
            .fetchSingle(PARTY.ID));
  }

  @Test
  void steps_areTheStepsOfTheirNegotiation_inOneStatement() {
    PartyId north = northOfANewDossier();
    Negotiation negotiation = negotiations.ofParties(List.of(north)).get(north).get(0);
    Map<NegotiationStepId, NegotiationStep> recorded = new LinkedHashMap<>();
    negotiation.steps().forEach(step -> recorded.put(step.facts().id(), step));
    assertThat(recorded).hasSize(2);
    NegotiationStepId nowhere = new NegotiationStepId(Long.MAX_VALUE);

    statements.clear();
    List<NegotiationStepId> asked = new ArrayList<>(recorded.keySet());
    asked.add(nowhere);
    Map<NegotiationStepId, NegotiationStep> read = negotiations.steps(asked);

    assertThat(read).isEqualTo(recorded);
    assertThat(read.get(asked.get(0)).facts().citations()).isNotEmpty();
    assertThat(statements).hasSize(1);
  }

  @Test
  void noStepsAsked_readsNone_withoutAStatement() {
    statements.clear();
    assertThat(negotiations.steps(List.of())).isEmpty();
    assertThat(agreements.actions(List.of())).isEmpty();
    assertThat(statements).isEmpty();
  }

  @Test
  void actions_areTheActionsOfTheirAgreement_inOneStatement() {
    PartyId north = northOfANewDossier();
    Agreement agreement = agreements.ofParties(List.of(north)).get(north).get(0);
    Map<AgreementActionId, AgreementAction> recorded = new LinkedHashMap<>();
    agreement.actions().forEach(action -> recorded.put(action.facts().id(), action));
    assertThat(recorded).hasSize(2);

    statements.clear();
    List<AgreementActionId> asked = new ArrayList<>(recorded.keySet());
    asked.add(new AgreementActionId(Long.MAX_VALUE));
    Map<AgreementActionId, AgreementAction> read = agreements.actions(asked);

    assertThat(read).isEqualTo(recorded);
    assertThat(read.get(asked.get(0)).facts().citations()).isNotEmpty();
    assertThat(statements).hasSize(1);
  }
}
