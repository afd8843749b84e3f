package org.entente.domain;

import java.util.regex.Pattern;

/** A name another system gives to a record: an ISO 3166 code, a Wikidata QID, a CELEX number. */
public record Identifier(String scheme, String value) {

  private static final Pattern SCHEME = Pattern.compile("[A-Z][A-Z0-9_]*");

  public Identifier {
    if (scheme == null || !SCHEME.matcher(scheme).matches()) {
      throw new IllegalArgumentException(
          "an identifier scheme is upper case, like WIKIDATA or CELEX: '" + scheme + "'");
    }
    value = Text.required(value, "identifier value");
  }
}
