package org.entente.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code JSON} scalar: a JSON value as it is, whose shape is not the API's — the rows of the
 * audit trail, and dossiers, which have a format of their own. As an input it is best given in the
 * request's variables, as JSON; a literal in the document is read too, but counts against the
 * document's size limits.
 */
final class JsonScalar {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static final GraphQLScalarType JSON =
      GraphQLScalarType.newScalar()
          .name("JSON")
          .description(
              "A JSON value in a shape of its own: a row of the audit trail, a dossier. As an"
                  + " input, give it in the variables.")
          .coercing(new JsonCoercing())
          .build();

  private JsonScalar() {}

  private static final class JsonCoercing implements Coercing<Object, Object> {

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof JsonNode json) {
        return MAPPER.convertValue(json, Object.class);
      }
      if (value instanceof String json) {
        try {
          return MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
          throw new CoercingSerializeException("not JSON");
        }
      }
      throw new CoercingSerializeException("not JSON text: " + value.getClass().getSimpleName());
    }

    /** A variable's value, already JSON: maps, lists, strings, numbers, booleans. */
    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      return input;
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      return literal(input, variables);
    }

    private static Object literal(Value<?> input, CoercedVariables variables) {
      if (input instanceof ObjectValue object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ObjectField field : object.getObjectFields()) {
          fields.put(field.getName(), literal(field.getValue(), variables));
        }
        return fields;
      }
      if (input instanceof ArrayValue array) {
        List<Object> values = new ArrayList<>();
        array.getValues().forEach(value -> values.add(literal(value, variables)));
        return values;
      }
      if (input instanceof StringValue string) {
        return string.getValue();
      }
      if (input instanceof IntValue number) {
        return number.getValue();
      }
      if (input instanceof FloatValue number) {
        return number.getValue();
      }
      if (input instanceof BooleanValue bool) {
        return bool.isValue();
      }
      if (input instanceof NullValue) {
        return null;
      }
      if (input instanceof VariableReference variable) {
        return variables.get(variable.getName());
      }
      throw new CoercingParseLiteralException("not a JSON value: " + input);
    }
  }
}
