package org.entente.domain.party;

import java.util.regex.Pattern;

/** A state's ISO 3166-1 codes: alpha-2, alpha-3 and numeric. */
public record IsoCodes(String alpha2, String alpha3, String numeric) {

  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]{3}");

  public IsoCodes {
    check(ALPHA2, alpha2, "ISO 3166-1 alpha-2 code");
    check(ALPHA3, alpha3, "ISO 3166-1 alpha-3 code");
    check(NUMERIC, numeric, "ISO 3166-1 numeric code");
  }

  private static void check(Pattern pattern, String code, String what) {
    if (code == null || !pattern.matcher(code).matches()) {
      throw new IllegalArgumentException("not an " + what + ": '" + code + "'");
    }
  }
}
