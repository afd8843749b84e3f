package org.entente.domain.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.entente.domain.RuleViolation;

/** Who held an office when, and the rule that a single-holder office has one holder at a time. */
public final class OfficeHolders {

  private OfficeHolders() {}

  /**
   * The tenure of the office's holder on {@code day}, when the record shows it certainly covering
   * that day. A tenure with unknown bounds proves nothing, so it answers no such question.
   */
  public static Optional<Tenure> holderOn(Collection<Tenure> tenuresOfOffice, LocalDate day) {
    return tenuresOfOffice.stream()
        .filter(tenure -> tenure.certainlyCovers(day))
        .min(Comparator.comparing(tenure -> tenure.start().from()));
  }

  /** Refuses a tenure of a single-holder office that certainly overlaps another of its tenures. */
  public static void checkNoOverlap(Office office, Collection<Tenure> existing, Tenure added) {
    if (!office.singleHolder()) {
      return;
    }
    for (Tenure other : existing) {
      if (!other.equals(added)
          && other.officeId().equals(added.officeId())
          && other.certainlyOverlaps(added)) {
        throw new RuleViolation(
            "TENURE_OVERLAP",
            "'"
                + office.name()
                + "' has one holder at a time, and a tenure from "
                + other.start()
                + (other.isOpen() ? " (still in office)" : " to " + other.end())
                + " overlaps the one from "
                + added.start());
      }
    }
  }
}
