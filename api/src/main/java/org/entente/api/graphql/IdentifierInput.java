package org.entente.api.graphql;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.Identifier;
import org.entente.domain.RuleViolation;

/**
 * An identifier as a mutation receives it; made a domain {@link Identifier} inside the write, so
 * that a malformed one is a userError at its place in the list.
 */
record IdentifierInput(String scheme, String value) {

  static List<Identifier> toIdentifiers(List<IdentifierInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    List<Identifier> identifiers = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      try {
        identifiers.add(new Identifier(inputs.get(i).scheme(), inputs.get(i).value()));
      } catch (IllegalArgumentException invalid) {
        throw new RuleViolation("INVALID_INPUT", invalid.getMessage())
            .at("identifiers", String.valueOf(i));
      }
    }
    return identifiers;
  }
}
