package org.entente.domain.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.source.Citation;

/**
 * A person's time in an office. No end means still in office; an end of unknown date means the
 * tenure ended but nobody recorded when.
 */
public record Tenure(
    TenureId id,
    PersonId personId,
    OfficeId officeId,
    PartialDate start,
    PartialDate end,
    List<Citation> citations) {

  /** The code of the rule that a tenure does not end before it starts. */
  public static final String ENDS_BEFORE_START = "TENURE_ENDS_BEFORE_START";

  public Tenure {
    Objects.requireNonNull(personId, "person");
    Objects.requireNonNull(officeId, "office");
    Objects.requireNonNull(start, "start");
    if (end != null && end.isCertainlyBefore(start)) {
      throw new RuleViolation(
              ENDS_BEFORE_START,
              "a tenure cannot end (" + end + ") before it starts (" + start + ")")
          .at("end");
    }
    citations = List.copyOf(citations);
  }

  public Optional<PartialDate> ended() {
    return Optional.ofNullable(end);
  }

  public boolean isOpen() {
    return end == null;
  }

  /**
   * True unless the record shows the person was not yet, or no longer, in office on {@code day}.
   */
  public boolean mayCover(LocalDate day) {
    boolean started = !start.isKnown() || !start.from().isAfter(day);
    boolean notEnded = end == null || !end.isKnown() || !end.to().isBefore(day);
    return started && notEnded;
  }

  /**
   * True when the record shows the person in office on {@code day}; an end is the last day in
   * office.
   */
  public boolean certainlyCovers(LocalDate day) {
    boolean started = start.isCertainlyOnOrBefore(day);
    boolean notEnded = end == null || (end.isKnown() && !end.from().isBefore(day));
    return started && notEnded;
  }

  /**
   * True when both tenures certainly share a day: the part each certainly covers, from the latest
   * possible start to the earliest possible end, overlaps. Unknown bounds prove nothing.
   */
  public boolean certainlyOverlaps(Tenure other) {
    if (!start.isKnown() || !other.start.isKnown()) {
      return false;
    }
    if ((end != null && !end.isKnown()) || (other.end != null && !other.end.isKnown())) {
      return false;
    }
    LocalDate thisLast = end == null ? LocalDate.MAX : end.from();
    LocalDate otherLast = other.end == null ? LocalDate.MAX : other.end.from();
    return !start.to().isAfter(otherLast) && !other.start.to().isAfter(thisLast);
  }
}
