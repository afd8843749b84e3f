package org.entente.domain.dossier;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Readable keys for the entries of one section of an exported dossier: slugs of names and titles
 * ({@code kaja-kallas}, {@code tokayev-kallas-meeting-in-almaty}), made unique by a number where
 * two would be the same. Given the records in the same order, the keys are the same.
 */
final class DossierKeys {

  private static final int MAX_LENGTH = 48;

  private final String fallback;
  private final Set<String> taken = new HashSet<>();

  DossierKeys(String fallback) {
    this.fallback = fallback;
  }

  /** The key for an entry named {@code name}, as it is when free, else with a number after it. */
  String next(String name) {
    String wanted = name;
    if (wanted == null || wanted.isBlank()) {
      wanted = fallback;
    }
    String key = wanted;
    for (int n = 2; !taken.add(key); n++) {
      key = wanted + "-" + n;
    }
    return key;
  }

  /**
   * The lower-case ASCII words of {@code text} joined by '-', cut at a word's end to at most 48
   * characters: "Tokayev–Kallas meeting in Almaty" is {@code tokayev-kallas-meeting-in-almaty}.
   */
  static String slug(String text) {
    if (text == null) {
      return null;
    }
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (ascii.length() > MAX_LENGTH) {
      int cut = ascii.lastIndexOf('-', MAX_LENGTH);
      ascii = ascii.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
    return ascii.isEmpty() ? null : ascii;
  }
}
