package org.entente.api.graphql.documents;

import graphql.language.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A registered document: {@code graphql-documents/<partner>/<name>.graphql}, called by its name
 * {@code <partner>.<name>} or by the SHA-256 of its text, {@code sha256:<hex>}.
 *
 * @param id {@code <partner>.<name>}
 * @param text the file's text, exactly as registered
 * @param document the text, parsed
 */
public record TrustedDocument(String id, String text, Document document) {

  /** The ID a client derives from the text itself, as the GraphQL-over-HTTP appendix defines. */
  public String hashId() {
    return hashId(text);
  }

  static String hashId(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException absent) {
      throw new IllegalStateException("every JDK has SHA-256", absent);
    }
  }
}
