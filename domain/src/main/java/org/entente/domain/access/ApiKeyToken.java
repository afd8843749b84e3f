package org.entente.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a client presents for its key: "ent_" and 32 random bytes, base64url. It is shown once
 * when the key is created; only its SHA-256 digest is kept, so a copy of the database opens
 * nothing.
 */
public record ApiKeyToken(String value) {

  private static final String PREFIX = "ent_";
  private static final int RANDOM_BYTES = 32;
  private static final Pattern FORMAT = Pattern.compile("ent_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public ApiKeyToken {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not an Entente API key token");
    }
  }

  public static ApiKeyToken generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new ApiKeyToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token in {@code text}, or empty when the text cannot be one. */
  public static Optional<ApiKeyToken> parse(String text) {
    return text != null && FORMAT.matcher(text).matches()
        ? Optional.of(new ApiKeyToken(text))
        : Optional.empty();
  }

  /** The SHA-256 digest of the token, in lower-case hexadecimal: what is kept. */
  public String digest() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Never the secret itself: tokens end up in logs and exception messages through toString. */
  @Override
  public String toString() {
    return "ApiKeyToken[" + PREFIX + "…]";
  }
}
