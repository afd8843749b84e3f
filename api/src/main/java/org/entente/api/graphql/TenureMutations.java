package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.TenureId;
import org.entente.domain.person.Tenures;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting and retiring who held which office when. */
@Controller
class TenureMutations {

  /** Dates are partial: 2019-03-20, 2019-03, 2019, 2014-05-13/2014-05-14 or unknown. */
  record CreateTenureInput(
      String person, String office, String start, String end, List<CitationInput> citations) {}

  /**
   * Fields left out stay as they are; an end given as null reopens the tenure (still in office);
   * citations given replace the tenure's.
   */
  record UpdateTenureInput(
      String id,
      long version,
      String person,
      String office,
      String start,
      ArgumentValue<String> end,
      List<CitationInput> citations) {}

  record TenurePayload(Tenure tenure, List<UserError> userErrors) {
    static TenurePayload of(Written<Tenure> written) {
      return new TenurePayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Tenures tenures;

  TenureMutations(Writes writes, Tenures tenures) {
    this.writes = writes;
    this.tenures = tenures;
  }

  @MutationMapping
  TenurePayload createTenure(@Argument CreateTenureInput input, DataFetchingEnvironment env) {
    return TenurePayload.of(
        writes.run(
            env,
            () ->
                tenures
                    .add(
                        new Tenure(
                            null,
                            person(input.person()),
                            office(input.office()),
                            PartialDateInput.parse(input.start(), "start"),
                            PartialDateInput.parse(input.end(), "end"),
                            CitationInput.toCitations(input.citations())))
                    .value(),
            this::load));
  }

  @MutationMapping
  TenurePayload updateTenure(@Argument UpdateTenureInput input, DataFetchingEnvironment env) {
    return TenurePayload.of(
        writes.run(
            env,
            () -> {
              Tenure tenure = current(input.id());
              tenures.replace(
                  new Tenure(
                      tenure.id(),
                      input.person() == null ? tenure.personId() : person(input.person()),
                      input.office() == null ? tenure.officeId() : office(input.office()),
                      input.start() == null
                          ? tenure.start()
                          : PartialDateInput.parse(input.start(), "start"),
                      Patch.of(
                          input.end(), end -> PartialDateInput.parse(end, "end"), tenure.end()),
                      input.citations() == null
                          ? tenure.citations()
                          : CitationInput.toCitations(input.citations())),
                  input.version());
              return tenure.id().value();
            },
            this::load));
  }

  @MutationMapping
  TenurePayload retireTenure(@Argument RetireInput input, DataFetchingEnvironment env) {
    return TenurePayload.of(
        writes.run(
            env,
            () -> {
              TenureId id = current(input.id()).id();
              tenures.retire(id, input.version());
              return id.value();
            },
            this::load));
  }

  private Tenure current(String id) {
    return Writes.current(
        tenures::byIds, new TenureId(GlobalId.keyOf(id, PersonController.TENURE, "id")), "tenure");
  }

  private static PersonId person(String id) {
    return new PersonId(GlobalId.keyOf(id, PersonController.PERSON, "person"));
  }

  private static OfficeId office(String id) {
    return new OfficeId(GlobalId.keyOf(id, PersonController.OFFICE, "office"));
  }

  private Tenure load(long key) {
    return Writes.one(tenures::byIds, new TenureId(key));
  }
}
