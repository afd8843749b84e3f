package org.entente.domain;

/** Checks for the text fields of records: required text is never blank. */
public final class Text {

  private Text() {}

  public static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  public static String optional(String value, String what) {
    return value == null ? null : required(value, what);
  }
}
