package org.entente.domain.person;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** All people on record. */
public interface People {

  Map<PersonId, Person> byIds(Collection<PersonId> ids);

  Optional<Person> byIdentifier(Identifier identifier);

  Page<Person> page(PageRequest request);

  Page<Person> find(PersonFilter filter, PageRequest request);

  int count(PersonFilter filter);

  int count();
}
