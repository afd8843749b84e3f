package org.entente.api.graphql;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.entente.domain.PageRequest.Position;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque, signed cursors. A cursor carries a position in a list and a digest of the list's scope
 * (the field, its filter and ordering) under an HMAC, so a cursor that was altered, or is reused
 * with another filter or ordering, is refused instead of answering a wrong page. Built on the JDK's
 * HMAC-SHA256; the key comes from {@code ENTENTE_CURSOR_SECRET}, or is drawn at start when unset
 * (cursors then last as long as the process, and several instances each need the same secret).
 */
@Component
class Cursors {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newMac);

  Cursors(@Value("${entente.cursor-secret:}") String secret) {
    byte[] bytes =
        secret.isBlank()
            ? new SecureRandom().generateSeed(32)
            : secret.getBytes(StandardCharsets.UTF_8);
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  String encode(String scope, Position position) {
    String payload =
        digest(scope)
            + "|"
            + (position.sortValue() == null ? "" : position.sortValue())
            + "|"
            + position.id();
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(mac(body));
  }

  Position decode(String scope, String cursor) {
    byte[] body;
    byte[] mac;
    try {
      int dot = cursor.indexOf('.');
      body = DECODE.decode(cursor.substring(0, dot));
      mac = DECODE.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("'" + cursor + "' is not a cursor of this API");
    }
    if (!MessageDigest.isEqual(mac, mac(body))) {
      throw new IllegalArgumentException(
          "the cursor '" + cursor + "' was altered or comes from another server");
    }
    // The sort value may hold '|' itself (the timeline's is date|kind); scope and id never do.
    String payload = new String(body, StandardCharsets.UTF_8);
    int afterScope = payload.indexOf('|');
    int beforeId = payload.lastIndexOf('|');
    if (!payload.substring(0, afterScope).equals(digest(scope))) {
      throw new IllegalArgumentException(
          "the cursor '"
              + cursor
              + "' belongs to another list, filter or ordering: ask for the first page again");
    }
    String sortValue = payload.substring(afterScope + 1, beforeId);
    return new Position(
        sortValue.isEmpty() ? null : sortValue, Long.parseLong(payload.substring(beforeId + 1)));
  }

  private byte[] mac(byte[] body) {
    // doFinal leaves the Mac ready for the next body under the same key.
    return Arrays.copyOf(hmac.get().doFinal(body), MAC_BYTES);
  }

  /** A Mac is not thread-safe, and looking one up costs more than using it: one per thread. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String digest(String scope) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
      return ENCODE.encodeToString(Arrays.copyOf(hash, 9));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
