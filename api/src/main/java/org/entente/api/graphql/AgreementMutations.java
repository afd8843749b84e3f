package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.Identifier;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementActionId;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.party.Parties;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.Region;
import org.entente.domain.party.RegionId;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Recording and correcting agreements, and the actions taken on them one at a time as the lifecycle
 * allows.
 */
@Controller
class AgreementMutations {

  record CreateAgreementInput(
      String title,
      String shortTitle,
      AgreementKind kind,
      String summary,
      List<String> parties,
      String replaces,
      String firstInRegion,
      List<IdentifierInput> identifiers,
      List<CitationInput> citations) {}

  /** Fields left out stay as they are; an optional field given as null is cleared. */
  record UpdateAgreementInput(
      String id,
      long version,
      String title,
      ArgumentValue<String> shortTitle,
      AgreementKind kind,
      ArgumentValue<String> summary,
      List<String> parties,
      ArgumentValue<String> replaces,
      ArgumentValue<String> firstInRegion,
      List<IdentifierInput> identifiers) {}

  record RecordAgreementActionInput(
      String agreement,
      long version,
      AgreementAction.Kind kind,
      String party,
      String person,
      String date,
      String effective,
      PlaceInput place,
      String note,
      List<CitationInput> citations) {}

  record RemoveAgreementActionInput(String id, long version) {}

  record AgreementPayload(Agreement agreement, List<UserError> userErrors) {
    static AgreementPayload of(Written<Agreement> written) {
      return new AgreementPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Agreements agreements;
  private final Parties parties;

  AgreementMutations(Writes writes, Agreements agreements, Parties parties) {
    this.writes = writes;
    this.agreements = agreements;
    this.parties = parties;
  }

  @MutationMapping
  AgreementPayload createAgreement(
      @Argument CreateAgreementInput input, DataFetchingEnvironment env) {
    return AgreementPayload.of(
        writes.run(
            env,
            () ->
                agreements
                    .add(
                        new Agreement(
                            null,
                            input.title(),
                            input.shortTitle(),
                            input.kind(),
                            input.summary(),
                            parties(input.parties()),
                            List.of(),
                            agreement(input.replaces(), "replaces"),
                            region(input.firstInRegion()),
                            IdentifierInput.toIdentifiers(input.identifiers()),
                            CitationInput.toCitations(input.citations())))
                    .value(),
            this::load));
  }

  @MutationMapping
  AgreementPayload updateAgreement(
      @Argument UpdateAgreementInput input, DataFetchingEnvironment env) {
    return AgreementPayload.of(
        writes.run(
            env,
            () -> {
              Agreement agreement = current(input.id());
              agreements.replace(
                  updated(
                      agreement,
                      input.title() == null ? agreement.title() : input.title(),
                      Patch.of(input.shortTitle(), agreement.shortTitle()),
                      input.kind() == null ? agreement.kind() : input.kind(),
                      Patch.of(input.summary(), agreement.summary()),
                      input.parties() == null ? agreement.partyIds() : parties(input.parties()),
                      Patch.of(
                          input.replaces(),
                          id -> agreement(id, "replaces"),
                          agreement.replacesId()),
                      Patch.of(input.firstInRegion(), this::region, agreement.firstInRegionId()),
                      input.identifiers() == null
                          ? agreement.identifiers()
                          : IdentifierInput.toIdentifiers(input.identifiers())),
                  input.version());
              return agreement.id().value();
            },
            this::load));
  }

  @MutationMapping
  AgreementPayload recordAgreementAction(
      @Argument RecordAgreementActionInput input, DataFetchingEnvironment env) {
    return AgreementPayload.of(
        writes.run(
            env,
            () -> {
              AgreementId agreement = agreement(input.agreement(), "agreement");
              agreements.recordAction(agreement, input.version(), action(input));
              return agreement.value();
            },
            this::load));
  }

  @MutationMapping
  AgreementPayload removeAgreementAction(
      @Argument RemoveAgreementActionInput input, DataFetchingEnvironment env) {
    return AgreementPayload.of(
        writes.run(
            env,
            () ->
                agreements
                    .removeAction(
                        new AgreementActionId(
                            GlobalId.keyOf(input.id(), AgreementController.ACTION, "id")),
                        input.version())
                    .value(),
            this::load));
  }

  /**
   * The agreement with its own fields changed and its actions kept: refused at {@code parties} when
   * an action names a party left out.
   */
  private static Agreement updated(
      Agreement agreement,
      String title,
      String shortTitle,
      AgreementKind kind,
      String summary,
      List<PartyId> partyIds,
      AgreementId replaces,
      RegionId firstInRegion,
      List<Identifier> identifiers) {
    try {
      return new Agreement(
          agreement.id(),
          title,
          shortTitle,
          kind,
          summary,
          partyIds,
          agreement.actions(),
          replaces,
          firstInRegion,
          identifiers,
          agreement.citations());
    } catch (RuleViolation actionOfAPartyLeftOut) {
      throw new RuleViolation(
              actionOfAPartyLeftOut.code(),
              "an action on the agreement names a party left out: "
                  + actionOfAPartyLeftOut.getMessage())
          .at("parties");
    }
  }

  private AgreementAction action(RecordAgreementActionInput input) {
    PartialDate date = PartialDateInput.parse(input.date(), "date");
    PartialDate effective = PartialDateInput.parse(input.effective(), "effective");
    List<Citation> citations = CitationInput.toCitations(input.citations());
    ActionFacts facts;
    try {
      facts =
          new ActionFacts(
              null,
              party(input.party(), "party"),
              input.person() == null
                  ? null
                  : new PersonId(GlobalId.keyOf(input.person(), PersonController.PERSON, "person")),
              date,
              effective,
              PlaceInput.toPlace(input.place()),
              input.note(),
              citations);
    } catch (IllegalArgumentException invalid) {
      // Either the act takes effect before it is taken, or its note is blank.
      String field = effective != null && effective.isCertainlyBefore(date) ? "effective" : "note";
      throw new RuleViolation("INVALID_INPUT", invalid.getMessage()).at(field);
    }
    try {
      return AgreementAction.of(input.kind(), facts);
    } catch (IllegalArgumentException noParty) {
      throw new RuleViolation("INVALID_INPUT", noParty.getMessage()).at("party");
    }
  }

  private Agreement current(String id) {
    return Writes.current(agreements::byIds, agreement(id, "id"), "agreement");
  }

  private static List<PartyId> parties(List<String> ids) {
    List<PartyId> parties = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      parties.add(party(ids.get(i), "parties", String.valueOf(i)));
    }
    return parties;
  }

  private RegionId region(String code) {
    if (code == null) {
      return null;
    }
    Region region = parties.regionsByCode(List.of(code)).get(code);
    if (region == null) {
      throw new RuleViolation("UNKNOWN_REFERENCE", "no region has the code '" + code + "'")
          .at("firstInRegion");
    }
    return region.id();
  }

  private static AgreementId agreement(String id, String field) {
    return id == null ? null : new AgreementId(GlobalId.keyOf(id, AgreementController.TYPE, field));
  }

  private static PartyId party(String id, String... field) {
    return id == null ? null : new PartyId(GlobalId.keyOf(id, PartyController.TYPE, field));
  }

  private Agreement load(long key) {
    return Writes.one(agreements::byIds, new AgreementId(key));
  }
}
