package org.entente.api.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.access.Role;
import org.springframework.graphql.execution.ErrorType;

/**
 * Wraps the data fetcher of every field that {@link FieldRoles} guards, once, when the schema is
 * built: a caller without the role gets an error for that field and null, and the field's own
 * fetcher, a mutation's write included, never runs. Fields without a rule keep their fetcher
 * untouched and cost nothing per request.
 */
final class GuardedFields extends GraphQLTypeVisitorStub {

  private final CurrentActor actor;

  GuardedFields(CurrentActor actor) {
    this.actor = actor;
  }

  @Override
  public TraversalControl visitGraphQLFieldDefinition(
      GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
    // Interfaces have no fetchers; their fields are guarded on each object type that has them.
    if (context.getParentNode() instanceof GraphQLObjectType type) {
      FieldRoles.requiredFor(type.getName(), field.getName())
          .ifPresent(
              role -> {
                GraphQLCodeRegistry.Builder registry =
                    context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                registry.dataFetcher(coordinates, guarded(fetcher, coordinates, role));
              });
    }
    return TraversalControl.CONTINUE;
  }

  private DataFetcher<?> guarded(DataFetcher<?> fetcher, FieldCoordinates field, Role required) {
    return env -> {
      Optional<Role> role = actor.role();
      if (role.isPresent() && role.get().includes(required)) {
        return fetcher.get(env);
      }
      GraphQLError refusal =
          role.isEmpty()
              ? GraphqlErrorBuilder.newError(env)
                  .errorType(ErrorType.UNAUTHORIZED)
                  .message(
                      "%s needs an API key with the %s role: send 'Authorization: Bearer <token>'",
                      field, required)
                  .extensions(Map.of("code", "UNAUTHENTICATED"))
                  .build()
              : GraphqlErrorBuilder.newError(env)
                  .errorType(ErrorType.FORBIDDEN)
                  .message("%s needs the %s role; this key has %s", field, required, role.get())
                  .extensions(Map.of("code", "FORBIDDEN"))
                  .build();
      return DataFetcherResult.newResult().error(refusal).build();
    };
  }
}
