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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code Date} scalar: an ISO 8601 calendar date. Written here rather than taken from
 * graphql-java-extended-scalars, whose releases trail the graphql-java that Spring Boot manages and
 * would break the build's dependency convergence for one small class.
 */
final class DateScalar {

  static final GraphQLScalarType DATE =
      GraphQLScalarType.newScalar()
          .name("Date")
          .description("An ISO 8601 calendar date, such as 2025-03-28.")
          .coercing(new DateCoercing())
          .build();

  private DateScalar() {}

  private static final class DateCoercing implements Coercing<LocalDate, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof LocalDate date) {
        return date.toString();
      }
      throw new CoercingSerializeException("not a date: " + value);
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          throw new CoercingParseValueException(
              "a Date is written like 2025-03-28, not '" + text + "'");
        }
      }
      throw new CoercingParseValueException("a Date is a string like 2025-03-28");
    }

    @Override
    public LocalDate parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        try {
          return LocalDate.parse(text.getValue());
        } catch (DateTimeParseException e) {
          throw new CoercingParseLiteralException(
              "a Date is written like 2025-03-28, not '" + text.getValue() + "'");
        }
      }
      throw new CoercingParseLiteralException("a Date is a string like 2025-03-28");
    }
  }
}
