package org.entente.api.security;

import java.util.Optional;
import java.util.Set;
import org.entente.domain.access.Role;

/**
 * The role a GraphQL field needs, by its type and name. Rules name kinds of field, not fields, so
 * that a mutation or a {@code history} added anywhere later is guarded without anyone listing it.
 * Every other field is a read, open to any key and, unless switched off, to anonymous requests.
 */
final class FieldRoles {

  private static final String MUTATION = "Mutation";
  private static final Set<String> KEY_MANAGEMENT = Set.of("createApiKey", "revokeApiKey");

  private FieldRoles() {}

  static Optional<Role> requiredFor(String type, String field) {
    if (MUTATION.equals(type)) {
      return Optional.of(KEY_MANAGEMENT.contains(field) ? Role.ADMIN : Role.EDITOR);
    }
    if ("Query".equals(type) && "apiKeys".equals(field)) {
      return Optional.of(Role.ADMIN);
    }
    if ("history".equals(field)) {
      return Optional.of(Role.EDITOR);
    }
    return Optional.empty();
  }
}
