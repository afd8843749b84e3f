package org.entente.api.graphql.documents;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered documents, by either of their IDs. */
public final class TrustedDocuments {

  private final List<TrustedDocument> documents;
  private final Map<String, TrustedDocument> byId = new LinkedHashMap<>();

  TrustedDocuments(List<TrustedDocument> documents) {
    this.documents = List.copyOf(documents);
    for (TrustedDocument document : documents) {
      byId.put(document.id(), document);
      byId.put(document.hashId(), document);
    }
  }

  public Optional<TrustedDocument> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether this text is that of a registered document, however the client sent it. */
  public boolean registers(String text) {
    return byId.containsKey(TrustedDocument.hashId(text));
  }

  public Collection<TrustedDocument> all() {
    return documents;
  }
}
