package org.entente.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the day, the month or the year, or not at all, possibly spanning several days or
 * months. It is the interval it covers: dates of lower precision compare by that interval.
 */
public record PartialDate(Precision precision, LocalDate from, LocalDate to) {

  public enum Precision {
    DAY,
    MONTH,
    YEAR,
    UNKNOWN
  }

  private static final PartialDate UNKNOWN = new PartialDate(Precision.UNKNOWN, null, null);

  public PartialDate {
    Objects.requireNonNull(precision, "precision");
    if (precision == Precision.UNKNOWN) {
      if (from != null || to != null) {
        throw new IllegalArgumentException("an unknown date covers no interval");
      }
    } else {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(
            "a date's interval ends before it starts: " + from + "/" + to);
      }
      boolean aligned =
          switch (precision) {
            case DAY -> true;
            case MONTH -> from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
            case YEAR ->
                from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
            case UNKNOWN -> false;
          };
      if (!aligned) {
        throw new IllegalArgumentException(
            "a " + precision + " date must cover whole " + precision.name().toLowerCase() + "s");
      }
    }
  }

  public static PartialDate unknown() {
    return UNKNOWN;
  }

  public static PartialDate day(LocalDate day) {
    return new PartialDate(Precision.DAY, day, day);
  }

  public static PartialDate days(LocalDate first, LocalDate last) {
    return new PartialDate(Precision.DAY, first, last);
  }

  public static PartialDate month(YearMonth month) {
    return months(month, month);
  }

  public static PartialDate months(YearMonth first, YearMonth last) {
    return new PartialDate(Precision.MONTH, first.atDay(1), last.atEndOfMonth());
  }

  public static PartialDate year(int year) {
    return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Reads the ISO 8601 forms {@code 2025-03-28}, {@code 2025-03}, {@code 2015}, an interval of
   * either joined by a slash ({@code 2014-05-13/2014-05-14}), or {@code unknown}.
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.equalsIgnoreCase("unknown")) {
      return UNKNOWN;
    }
    try {
      int slash = trimmed.indexOf('/');
      if (slash < 0) {
        return parseSingle(trimmed, trimmed);
      }
      return parseSingle(trimmed.substring(0, slash), trimmed.substring(slash + 1));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a date: '"
              + text
              + "' (expected e.g. 2025-03-28, 2025-03, 2015, 2014-05-13/2014-05-14 or unknown)",
          e);
    }
  }

  private static PartialDate parseSingle(String first, String last) {
    if (first.length() != last.length()) {
      throw new IllegalArgumentException("both ends of an interval need the same precision");
    }
    return switch (first.length()) {
      case 10 -> days(LocalDate.parse(first), LocalDate.parse(last));
      case 7 -> months(YearMonth.parse(first), YearMonth.parse(last));
      case 4 ->
          new PartialDate(
              Precision.YEAR,
              LocalDate.of(Integer.parseInt(first), 1, 1),
              LocalDate.of(Integer.parseInt(last), 12, 31));
      default -> throw new IllegalArgumentException("unrecognised date form");
    };
  }

  /** The day a list in date order sorts an unknown date by: after every real one. */
  public static final LocalDate UNKNOWN_SORT_DATE = LocalDate.of(9999, 12, 31);

  /** The day this date sorts by: its first possible day, or after all others when unknown. */
  public LocalDate sortDate() {
    return isKnown() ? from : UNKNOWN_SORT_DATE;
  }

  public boolean isKnown() {
    return precision != Precision.UNKNOWN;
  }

  /** True when all of this date certainly lies before all of {@code other}. */
  public boolean isCertainlyBefore(PartialDate other) {
    return isKnown() && other.isKnown() && to.isBefore(other.from);
  }

  /**
   * True when the whole interval lies on or before {@code day}: it has certainly happened by then.
   */
  public boolean isCertainlyOnOrBefore(LocalDate day) {
    return isKnown() && !to.isAfter(day);
  }

  /** True when this date may be {@code day}, that is unless it is known to lie elsewhere. */
  public boolean mayInclude(LocalDate day) {
    return !isKnown() || (!day.isBefore(from) && !day.isAfter(to));
  }

  public Optional<LocalDate> earliest() {
    return Optional.ofNullable(from);
  }

  public Optional<LocalDate> latest() {
    return Optional.ofNullable(to);
  }

  /** The ISO 8601 form that {@link #parse} reads back. */
  public String text() {
    if (!isKnown()) {
      return "unknown";
    }
    String first = format(from);
    String last = format(to);
    return first.equals(last) ? first : first + "/" + last;
  }

  private String format(LocalDate day) {
    return switch (precision) {
      case DAY -> day.toString();
      case MONTH -> YearMonth.from(day).toString();
      case YEAR -> yearText(day.getYear());
      case UNKNOWN -> "unknown";
    };
  }

  /**
   * The year in at least four characters, zeros after any sign, as {@code %04d} writes it. Without
   * a formatter: a page of negotiations writes hundreds of dates, and parsing the format string for
   * each was 3% of its CPU (JFR, benchmark query d).
   */
  private static String yearText(int year) {
    String digits = Integer.toString(Math.abs(year));
    String sign = year < 0 ? "-" : "";
    return sign + "0".repeat(Math.max(0, 4 - sign.length() - digits.length())) + digits;
  }

  @Override
  public String toString() {
    return text();
  }
}
