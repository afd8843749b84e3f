package org.entente.api.graphql;

import java.time.Instant;
import java.util.List;
import org.entente.domain.RuleViolation;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyId;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.access.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * API key management. Only ADMIN keys get here: the roles are checked before any of these run (see
 * the security package), so nothing in this class decides who may call it.
 */
@Controller
class ApiKeyController {

  static final String TYPE = "ApiKey";

  record CreateApiKeyInput(String name, Role role, Instant expiresAt) {}

  record CreateApiKeyPayload(ApiKey apiKey, String token, List<UserError> userErrors) {}

  record RevokeApiKeyInput(String id) {}

  record RevokeApiKeyPayload(ApiKey apiKey, List<UserError> userErrors) {}

  private final ApiKeys apiKeys;

  ApiKeyController(ApiKeys apiKeys) {
    this.apiKeys = apiKeys;
  }

  @QueryMapping
  List<ApiKey> apiKeys() {
    return apiKeys.list();
  }

  @MutationMapping
  CreateApiKeyPayload createApiKey(@Argument CreateApiKeyInput input) {
    try {
      ApiKeys.Created created = apiKeys.create(input.name(), input.role(), input.expiresAt());
      return new CreateApiKeyPayload(created.apiKey(), created.token().value(), List.of());
    } catch (RuleViolation refused) {
      return new CreateApiKeyPayload(null, null, List.of(UserError.of(refused)));
    }
  }

  @MutationMapping
  RevokeApiKeyPayload revokeApiKey(@Argument RevokeApiKeyInput input) {
    try {
      ApiKeyId id = new ApiKeyId(GlobalId.keyOf(input.id(), TYPE, "id"));
      return new RevokeApiKeyPayload(apiKeys.revoke(id), List.of());
    } catch (RuleViolation refused) {
      return new RevokeApiKeyPayload(null, List.of(UserError.of(refused)));
    }
  }

  @SchemaMapping(typeName = TYPE)
  String id(ApiKey apiKey) {
    return GlobalId.of(TYPE, apiKey.id().value());
  }

  @SchemaMapping(typeName = TYPE)
  boolean active(ApiKey apiKey) {
    return apiKey.isActiveAt(Instant.now());
  }
}
