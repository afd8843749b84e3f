package org.entente.api.graphql.documents;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Runs registered documents only. It judges the document's text, not how it arrived, so a document
 * named by ID, sent whole, or sent over another transport (server-sent events) is judged alike.
 */
final class TrustedDocumentsOnly implements WebGraphQlInterceptor {

  private final TrustedDocuments documents;

  TrustedDocumentsOnly(TrustedDocuments documents) {
    this.documents = documents;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (documents.registers(request.getDocument())) {
      return chain.next(request);
    }
    ExecutionResult refused =
        ExecutionResult.newExecutionResult()
            .addError(
                GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.FORBIDDEN)
                    .message(
                        "This server runs registered documents only: send the documentId of one"
                            + " (see Trusted documents in the README)")
                    .extensions(Map.of("code", "TRUSTED_DOCUMENTS_ONLY"))
                    .build())
            .build();
    return Mono.just(
        new WebGraphQlResponse(
            new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
  }
}
