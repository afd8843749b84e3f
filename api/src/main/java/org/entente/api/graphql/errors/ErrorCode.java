package org.entente.api.graphql.errors;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.execution.UnknownOperationException;
import graphql.validation.ValidationError;

/** The code of an error that its origin did not give one, from its kind. */
final class ErrorCode {

  static final String INTERNAL = "INTERNAL";

  private ErrorCode() {}

  static String of(GraphQLError error) {
    if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String code) {
      return code;
    }
    ErrorClassification kind = error.getErrorType();
    if (kind instanceof ErrorType graphQlJava) {
      return switch (graphQlJava) {
        case InvalidSyntax -> "PARSE_ERROR";
        // graphql-java files bad variable values under validation too; they are the caller's input.
        case ValidationError ->
            error instanceof ValidationError || error instanceof UnknownOperationException
                ? "VALIDATION"
                : "BAD_USER_INPUT";
        case OperationNotSupported -> "VALIDATION";
        case ExecutionAborted -> "EXECUTION_ABORTED";
        case DataFetchingException, NullValueInNonNullableField -> INTERNAL;
      };
    }
    if (kind instanceof org.springframework.graphql.execution.ErrorType spring) {
      return switch (spring) {
        case BAD_REQUEST -> "BAD_USER_INPUT";
        case UNAUTHORIZED -> "UNAUTHENTICATED";
        case FORBIDDEN -> "FORBIDDEN";
        case NOT_FOUND -> "NOT_FOUND";
        case INTERNAL_ERROR -> INTERNAL;
      };
    }
    // graphql-java's introspection errors are classified by name only.
    Object name = kind == null ? null : kind.toSpecification(error);
    if ("IntrospectionDisabled".equals(name)) {
      return "INTROSPECTION_DISABLED";
    }
    if ("BadFaithIntrospection".equals(name)) {
      return "BAD_FAITH_INTROSPECTION";
    }
    // A new kind of error gets a code on purpose, where it is raised; until then it shows nothing.
    return INTERNAL;
  }
}
