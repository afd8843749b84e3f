package org.entente.domain.person;

import java.util.List;
import org.entente.domain.Identifier;
import org.entente.domain.Text;

/**
 * A person who acts for a party; aliases hold other spellings, misspellings seen in sources too.
 */
public record Person(PersonId id, String name, List<String> aliases, List<Identifier> identifiers) {

  public Person {
    name = Text.required(name, "person name");
    aliases = aliases.stream().map(alias -> Text.required(alias, "alias")).distinct().toList();
    identifiers = List.copyOf(identifiers);
  }
}
