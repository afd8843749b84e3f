package org.entente.api.graphql.documents;

import org.entente.api.graphql.errors.Refusal;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
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
    return Refusal.of(
        request,
        ErrorType.FORBIDDEN,
        "TRUSTED_DOCUMENTS_ONLY",
        "This server runs registered documents only: send the documentId of one"
            + " (see Trusted documents in the README)");
  }
}
