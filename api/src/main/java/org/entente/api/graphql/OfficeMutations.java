package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Offices;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting and retiring the offices of parties. */
@Controller
class OfficeMutations {

  record CreateOfficeInput(
      String name, String party, boolean singleHolder, List<IdentifierInput> identifiers) {}

  /** Fields left out stay as they are; identifiers given replace the office's. */
  record UpdateOfficeInput(
      String id,
      long version,
      String name,
      String party,
      Boolean singleHolder,
      List<IdentifierInput> identifiers) {}

  record OfficePayload(Office office, List<UserError> userErrors) {
    static OfficePayload of(Written<Office> written) {
      return new OfficePayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Offices offices;

  OfficeMutations(Writes writes, Offices offices) {
    this.writes = writes;
    this.offices = offices;
  }

  @MutationMapping
  OfficePayload createOffice(@Argument CreateOfficeInput input, DataFetchingEnvironment env) {
    return OfficePayload.of(
        writes.run(
            env,
            () ->
                offices
                    .add(
                        new Office(
                            null,
                            input.name(),
                            party(input.party()),
                            input.singleHolder(),
                            IdentifierInput.toIdentifiers(input.identifiers())))
                    .value(),
            this::load));
  }

  @MutationMapping
  OfficePayload updateOffice(@Argument UpdateOfficeInput input, DataFetchingEnvironment env) {
    return OfficePayload.of(
        writes.run(
            env,
            () -> {
              Office office = current(input.id());
              offices.replace(
                  new Office(
                      office.id(),
                      input.name() == null ? office.name() : input.name(),
                      input.party() == null ? office.partyId() : party(input.party()),
                      input.singleHolder() == null ? office.singleHolder() : input.singleHolder(),
                      input.identifiers() == null
                          ? office.identifiers()
                          : IdentifierInput.toIdentifiers(input.identifiers())),
                  input.version());
              return office.id().value();
            },
            this::load));
  }

  @MutationMapping
  OfficePayload retireOffice(@Argument RetireInput input, DataFetchingEnvironment env) {
    return OfficePayload.of(
        writes.run(
            env,
            () -> {
              OfficeId id = current(input.id()).id();
              offices.retire(id, input.version());
              return id.value();
            },
            this::load));
  }

  private Office current(String id) {
    return Writes.current(
        offices::byIds, new OfficeId(GlobalId.keyOf(id, PersonController.OFFICE, "id")), "office");
  }

  private static PartyId party(String id) {
    return new PartyId(GlobalId.keyOf(id, PartyController.TYPE, "party"));
  }

  private Office load(long key) {
    return Writes.one(offices::byIds, new OfficeId(key));
  }
}
