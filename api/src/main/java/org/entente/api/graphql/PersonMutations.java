package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.person.People;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting and retiring people. */
@Controller
class PersonMutations {

  record CreatePersonInput(String name, List<String> aliases, List<IdentifierInput> identifiers) {}

  /** Fields left out stay as they are; a list given replaces the person's. */
  record UpdatePersonInput(
      String id,
      long version,
      String name,
      List<String> aliases,
      List<IdentifierInput> identifiers) {}

  record PersonPayload(Person person, List<UserError> userErrors) {
    static PersonPayload of(Written<Person> written) {
      return new PersonPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final People people;

  PersonMutations(Writes writes, People people) {
    this.writes = writes;
    this.people = people;
  }

  @MutationMapping
  PersonPayload createPerson(@Argument CreatePersonInput input, DataFetchingEnvironment env) {
    return PersonPayload.of(
        writes.run(
            env,
            () ->
                people
                    .add(
                        new Person(
                            null,
                            input.name(),
                            input.aliases() == null ? List.of() : input.aliases(),
                            IdentifierInput.toIdentifiers(input.identifiers())))
                    .value(),
            this::load));
  }

  @MutationMapping
  PersonPayload updatePerson(@Argument UpdatePersonInput input, DataFetchingEnvironment env) {
    return PersonPayload.of(
        writes.run(
            env,
            () -> {
              Person person = current(input.id());
              people.replace(
                  new Person(
                      person.id(),
                      input.name() == null ? person.name() : input.name(),
                      input.aliases() == null ? person.aliases() : input.aliases(),
                      input.identifiers() == null
                          ? person.identifiers()
                          : IdentifierInput.toIdentifiers(input.identifiers())),
                  input.version());
              return person.id().value();
            },
            this::load));
  }

  @MutationMapping
  PersonPayload retirePerson(@Argument RetireInput input, DataFetchingEnvironment env) {
    return PersonPayload.of(
        writes.run(
            env,
            () -> {
              PersonId id = current(input.id()).id();
              people.retire(id, input.version());
              return id.value();
            },
            this::load));
  }

  private Person current(String id) {
    return Writes.current(
        people::byIds, new PersonId(GlobalId.keyOf(id, PersonController.PERSON, "id")), "person");
  }

  private Person load(long key) {
    return Writes.one(people::byIds, new PersonId(key));
  }
}
