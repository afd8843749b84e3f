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

/** The {@code DateTime} scalar: an instant in ISO 8601, in UTC, such as 2026-11-24T19:40:00Z. */
final class DateTimeScalar {

  static final GraphQLScalarType DATE_TIME =
      GraphQLScalarType.newScalar()
          .name("DateTime")
          .description("An instant in ISO 8601 with its offset, such as 2026-11-24T19:40:00Z.")
          .coercing(new DateTimeCoercing())
          .build();

  private DateTimeScalar() {}

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private static final class DateTimeCoercing implements Coercing<Instant, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof Instant instant) {
        return instant.toString();
      }
      if (value instanceof OffsetDateTime time) {
        return time.toInstant().toString();
      }
      throw new CoercingSerializeException("not an instant: " + value);
    }

    @Override
    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        Instant instant;
        try {
          instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
          throw new CoercingParseValueException(
              "a DateTime is written like 2026-11-24T19:40:00Z, not '" + text + "'");
        }
        // ISO 8601 lets a year have more digits than PostgreSQL's timestamps can hold.
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
          throw new CoercingParseValueException(
              "a DateTime lies within the years 1 to 9999, not '" + text + "'");
        }
        return instant;
      }
      throw new CoercingParseValueException("a DateTime is a string like 2026-11-24T19:40:00Z");
    }

    @Override
    public Instant parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        return parseValue(text.getValue(), context, locale);
      }
      throw new CoercingParseLiteralException("a DateTime is a string like 2026-11-24T19:40:00Z");
    }
  }
}
