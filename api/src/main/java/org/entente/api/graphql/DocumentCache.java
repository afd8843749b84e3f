package org.entente.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents, kept by their text: clients send the same few documents again and
 * again, and parsing and validating one costs more than running it. Caffeine bounds the cache.
 */
final class DocumentCache implements PreparsedDocumentProvider {

  private final Cache<String, PreparsedDocumentEntry> documents =
      Caffeine.newBuilder().maximumSize(1_000).build();

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return CompletableFuture.completedFuture(
        documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
  }
}
