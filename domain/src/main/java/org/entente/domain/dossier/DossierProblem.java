package org.entente.domain.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something in a dossier that keeps it from being imported: where it is ({@code
 * meetings[3].participants[1].office}; empty for the dossier as a whole), what is wrong, and a code
 * that stays the same across releases.
 */
public record DossierProblem(String location, String code, String message) {

  /** A dossier that is not JSON, or not a JSON object. */
  public static final String INVALID_JSON = "INVALID_JSON";

  /** A field the format does not have. */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

  /** A field the format requires is missing or null. */
  public static final String REQUIRED = "REQUIRED";

  /** A value of the wrong JSON type, not among a field's values, or not of its form. */
  public static final String INVALID_VALUE = "INVALID_VALUE";

  /** Two entries of a section with the same key. */
  public static final String DUPLICATE_KEY = "DUPLICATE_KEY";

  public DossierProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** Fields the rules name as the mutations' inputs do, and the dossier otherwise. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "roundNumber", "round",
          "isoAlpha2", "iso.alpha2",
          "isoAlpha3", "iso.alpha3",
          "isoNumeric", "iso.numeric");

  /**
   * The location of {@code path} inside {@code at}: a rule's path (field names, and list indexes as
   * numbers), named as the dossier names its fields ({@code steps[2].round}).
   */
  public static String location(String at, List<String> path) {
    StringBuilder location = new StringBuilder(at);
    for (String given : path) {
      String part = FIELDS.getOrDefault(given, given);
      if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
        location.append('[').append(part).append(']');
      } else {
        location.append(location.isEmpty() ? "" : ".").append(part);
      }
    }
    return location.toString();
  }

  /**
   * The problems of a dossier, each once: {@code semantic} ones (found in the entries read) are
   * left out where they repeat one of {@code structural} (found in the JSON) or fall at, inside or
   * around a location of one of them or of {@code covered} (the entries that could not be read),
   * which explain them already; a problem at a location already reported is left out too. Sorted in
   * the order of the dossier.
   */
  public static List<DossierProblem> merged(
      List<DossierProblem> structural, Collection<String> covered, List<DossierProblem> semantic) {
    List<String> explained = new ArrayList<>(covered);
    structural.forEach(problem -> explained.add(problem.location()));
    List<DossierProblem> merged = new ArrayList<>(structural);
    List<String> reported = new ArrayList<>();
    for (DossierProblem problem : semantic) {
      boolean explainedAlready =
          explained.stream().anyMatch(other -> related(other, problem.location()));
      if (!explainedAlready && !reported.contains(problem.location())) {
        merged.add(problem);
        reported.add(problem.location());
      }
    }
    merged.sort(IN_DOSSIER_ORDER);
    return List.copyOf(merged);
  }

  /** Whether one location is the other or lies inside it. */
  private static boolean related(String one, String other) {
    return one.equals(other) || inside(one, other) || inside(other, one);
  }

  private static boolean inside(String inner, String outer) {
    return outer.isEmpty()
        || inner.startsWith(outer)
            && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }

  private static final Pattern PART = Pattern.compile("(\\d+)|([^.\\[\\]]+)");

  /**
   * Problems in the order of the dossier: by section as {@link Dossier#SECTIONS} lists them, then
   * by entry and field, list indexes by number.
   */
  public static final Comparator<DossierProblem> IN_DOSSIER_ORDER =
      (one, other) -> compareLocations(one.location(), other.location());

  private static int compareLocations(String one, String other) {
    List<Object> a = parts(one);
    List<Object> b = parts(other);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = comparePart(a.get(i), b.get(i), i == 0);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int comparePart(Object a, Object b, boolean section) {
    if (a instanceof Integer x && b instanceof Integer y) {
      return Integer.compare(x, y);
    }
    if (a instanceof Integer != b instanceof Integer) {
      return a instanceof Integer ? -1 : 1;
    }
    if (section) {
      int order = Integer.compare(sectionIndex((String) a), sectionIndex((String) b));
      if (order != 0) {
        return order;
      }
    }
    return ((String) a).compareTo((String) b);
  }

  private static int sectionIndex(String section) {
    int index = Dossier.SECTIONS.indexOf(section);
    return index < 0 ? Dossier.SECTIONS.size() : index;
  }

  private static List<Object> parts(String location) {
    List<Object> parts = new ArrayList<>();
    Matcher matcher = PART.matcher(location);
    while (matcher.find()) {
      parts.add(
          matcher.group(1) != null ? (Object) Integer.valueOf(matcher.group(1)) : matcher.group(2));
    }
    return parts;
  }
}
