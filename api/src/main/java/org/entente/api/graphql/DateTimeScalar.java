package org.entente.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code DateTime} scalar: an ISO 8601 instant with its offset, read into an {@link Instant}
 * and written in UTC. Hand-written for the reason {@link DateScalar} is.
 */
final class DateTimeScalar {

  static final GraphQLScalarType DATE_TIME =
      GraphQLScalarType.newScalar()
          .name("DateTime")
          .description("An ISO 8601 instant with its offset, such as 2025-03-28T09:30:00Z.")
          .coercing(new DateTimeCoercing())
          .build();

  private static final String EXAMPLE = "2025-03-28T09:30:00Z";

  private DateTimeScalar() {}

  private static final class DateTimeCoercing implements Coercing<Instant, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof Instant instant) {
        return instant.toString();
      }
      throw new CoercingSerializeException("not an instant: " + value);
    }

    @Override
    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        try {
          return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
          throw new CoercingParseValueException(
              "a DateTime is written like " + EXAMPLE + ", not '" + text + "'");
        }
      }
      throw new CoercingParseValueException("a DateTime is a string like " + EXAMPLE);
    }

    @Override
    public Instant parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        try {
          return OffsetDateTime.parse(text.getValue()).toInstant();
        } catch (DateTimeParseException e) {
          throw new CoercingParseLiteralException(
              "a DateTime is written like " + EXAMPLE + ", not '" + text.getValue() + "'");
        }
      }
      throw new CoercingParseLiteralException("a DateTime is a string like " + EXAMPLE);
    }
  }
}
