package org.entente.domain.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed, as the words to look for: letters and digits only, so that no character of the
 * text can act as search syntax, at most {@link #MAX_WORDS} of them.
 */
public record SearchText(List<String> words) {

  public static final int MAX_WORDS = 12;
  public static final int MAX_LENGTH = 200;
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  public SearchText {
    words = List.copyOf(words);
  }

  public static SearchText of(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("search for at least one word");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a search is at most " + MAX_LENGTH + " characters long");
    }
    List<String> words =
        Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
            .filter(word -> !word.isEmpty())
            .distinct()
            .limit(MAX_WORDS)
            .toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("search for at least one word of letters or digits");
    }
    return new SearchText(words);
  }

  /** Any of the words, as a PostgreSQL text-search query. */
  public String anyWord() {
    return String.join(" | ", words);
  }

  /** The words long enough to compare by trigrams. */
  public List<String> trigramWords() {
    return words.stream().filter(word -> word.length() >= 3).toList();
  }
}
