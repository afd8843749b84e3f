package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.RuleViolation;
import org.entente.domain.party.IsoCodes;
import org.entente.domain.party.Parties;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.PartyKind;
import org.entente.domain.party.Region;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting and retiring parties. */
@Controller
class PartyMutations {

  record IsoCodesInput(String alpha2, String alpha3, String numeric) {
    IsoCodes toIsoCodes() {
      return new IsoCodes(alpha2, alpha3, numeric);
    }
  }

  record CreatePartyInput(
      PartyKind kind,
      String name,
      String shortName,
      IsoCodesInput isoCodes,
      String parent,
      List<String> regions,
      List<IdentifierInput> identifiers) {}

  /** Fields left out stay as they are; an optional field given as null is cleared. */
  record UpdatePartyInput(
      String id,
      long version,
      PartyKind kind,
      String name,
      ArgumentValue<String> shortName,
      ArgumentValue<IsoCodesInput> isoCodes,
      ArgumentValue<String> parent,
      List<String> regions,
      List<IdentifierInput> identifiers) {}

  record PartyPayload(Party party, List<UserError> userErrors) {
    static PartyPayload of(Written<Party> written) {
      return new PartyPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Parties parties;

  PartyMutations(Writes writes, Parties parties) {
    this.writes = writes;
    this.parties = parties;
  }

  @MutationMapping
  PartyPayload createParty(@Argument CreatePartyInput input, DataFetchingEnvironment env) {
    return PartyPayload.of(
        writes.run(
            env,
            () ->
                parties
                    .add(
                        new Party(
                            null,
                            input.kind(),
                            input.name(),
                            input.shortName(),
                            input.isoCodes() == null ? null : input.isoCodes().toIsoCodes(),
                            parent(input.parent()),
                            regions(input.regions()),
                            IdentifierInput.toIdentifiers(input.identifiers())))
                    .value(),
            this::load));
  }

  @MutationMapping
  PartyPayload updateParty(@Argument UpdatePartyInput input, DataFetchingEnvironment env) {
    return PartyPayload.of(
        writes.run(
            env,
            () -> {
              Party party = current(input.id());
              parties.replace(
                  new Party(
                      party.id(),
                      input.kind() == null ? party.kind() : input.kind(),
                      input.name() == null ? party.name() : input.name(),
                      Patch.of(input.shortName(), party.shortName()),
                      Patch.of(
                          input.isoCodes(),
                          iso -> iso == null ? null : iso.toIsoCodes(),
                          party.isoCodes()),
                      Patch.of(input.parent(), this::parent, party.parentId()),
                      input.regions() == null ? party.regions() : regions(input.regions()),
                      input.identifiers() == null
                          ? party.identifiers()
                          : IdentifierInput.toIdentifiers(input.identifiers())),
                  input.version());
              return party.id().value();
            },
            this::load));
  }

  @MutationMapping
  PartyPayload retireParty(@Argument RetireInput input, DataFetchingEnvironment env) {
    return PartyPayload.of(
        writes.run(
            env,
            () -> {
              PartyId id = current(input.id()).id();
              parties.retire(id, input.version());
              return id.value();
            },
            this::load));
  }

  private Party current(String id) {
    return Writes.current(
        parties::byIds, new PartyId(GlobalId.keyOf(id, PartyController.TYPE, "id")), "party");
  }

  private PartyId parent(String id) {
    return id == null ? null : new PartyId(GlobalId.keyOf(id, PartyController.TYPE, "parent"));
  }

  private List<Region> regions(List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    Map<String, Region> known = parties.regionsByCode(codes);
    List<Region> regions = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      Region region = known.get(codes.get(i));
      if (region == null) {
        throw new RuleViolation(
                "UNKNOWN_REFERENCE", "no region has the code '" + codes.get(i) + "'")
            .at("regions", String.valueOf(i));
      }
      regions.add(region);
    }
    return regions;
  }

  private Party load(long key) {
    return Writes.one(parties::byIds, new PartyId(key));
  }
}
