package org.entente.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.domain.RuleViolation;

/**
 * A Relay global ID: the GraphQL type and the record's key, encoded so that clients treat it as
 * opaque.
 */
record GlobalId(String type, long key) {

  static String of(String type, long key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  static GlobalId parse(String id) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      long key = Long.parseLong(decoded.substring(colon + 1));
      if (colon < 1 || key <= 0) {
        throw new IllegalArgumentException();
      }
      return new GlobalId(decoded.substring(0, colon), key);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("'" + id + "' is not an Entente ID");
    }
  }

  /**
   * The key of an ID given in the input field {@code field} of a mutation, which must name a record
   * of {@code expectedType}; refused as a rule, so that the mutation answers a userError.
   */
  static long keyOf(String id, String expectedType, String... field) {
    try {
      return keyOf(id, expectedType);
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("INVALID_ID", invalid.getMessage()).at(field);
    }
  }

  /** The key of an ID that must name a record of {@code expectedType}. */
  static long keyOf(String id, String expectedType) {
    GlobalId parsed = parse(id);
    if (!parsed.type().equals(expectedType)) {
      throw new IllegalArgumentException(
          "'" + id + "' is the ID of a " + parsed.type() + ", not of a " + expectedType);
    }
    return parsed.key();
  }
}
