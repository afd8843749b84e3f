package org.entente.domain.person;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.NameOrder;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** All people on record. */
public interface People {

  Map<PersonId, Person> byIds(Collection<PersonId> ids);

  Optional<Person> byIdentifier(Identifier identifier);

  Page<Person> page(PageRequest request);

  /** One page of the people that match, in the order given. */
  Page<Person> find(PersonFilter filter, NameOrder order, PageRequest request);

  int count(PersonFilter filter);

  int count();

  /** Records a new person with their aliases and identifiers; the record draws the ID. */
  PersonId add(Person person);

  /**
   * Replaces what is recorded of the person, if it is still at {@code version}; refused with
   * CONFLICT and what changed since, otherwise.
   */
  void replace(Person person, long version);

  /**
   * Takes the person out of lists and search; they stay readable by ID and wherever they are named.
   */
  void retire(PersonId id, long version);
}
