package org.entente.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code JSON} scalar, output only: a JSON value as it is, for the rows of the audit trail,
 * whose shape is the table's and not the API's.
 */
final class JsonScalar {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static final GraphQLScalarType JSON =
      GraphQLScalarType.newScalar()
          .name("JSON")
          .description("A JSON value; only ever answered, never asked for.")
          .coercing(new JsonCoercing())
          .build();

  private JsonScalar() {}

  private static final class JsonCoercing implements Coercing<Object, Object> {

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof String json) {
        try {
          return MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
          throw new CoercingSerializeException("not JSON");
        }
      }
      throw new CoercingSerializeException("not JSON text: " + value.getClass().getSimpleName());
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      throw new CoercingParseValueException("JSON is never an input");
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      throw new CoercingParseLiteralException("JSON is never an input");
    }
  }
}
