package org.entente.api.graphql.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of operation a request runs, read from its document before GraphQL runs it, within the
 * same parser limits (a transport decides by it: no mutation by GET, only subscriptions over a
 * WebSocket).
 */
public final class OperationKind {

  private OperationKind() {}

  /**
   * The kind of the operation to run; empty for a document that does not parse or does not say
   * which operation to run, which is left to GraphQL to explain.
   */
  public static Optional<OperationDefinition.Operation> of(
      String text, @Nullable String operationName, ParserOptions limits) {
    Document document;
    try {
      document =
          new Parser()
              .parseDocument(
                  ParserEnvironment.newParserEnvironment()
                      .document(text)
                      .parserOptions(limits)
                      .build());
    } catch (InvalidSyntaxException invalid) {
      return Optional.empty();
    }
    List<OperationDefinition> operations =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .filter(operation -> operationName == null || operationName.equals(operation.getName()))
            .toList();
    return operations.size() == 1
        ? Optional.of(operations.get(0).getOperation())
        : Optional.empty();
  }
}
