package org.entente.domain.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.entente.domain.RuleViolation;

/** Who held an office when, and the rule that a single-holder office has one holder at a time. */
public final class OfficeHolders {

  /** The code of two tenures of a single-holder office that certainly overlap. */
  public static final String OVERLAP = "TENURE_OVERLAP";

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

  /**
   * Refuses a tenure of a single-holder office that certainly overlaps another of its tenures. The
   * tenure's own earlier record, found in {@code existing} by its id, is not another tenure.
   */
  public static void checkNoOverlap(Office office, Collection<Tenure> existing, Tenure added) {
    overlapping(office, existing, added)
        .ifPresent(
            other -> {
              throw new RuleViolation(
                  OVERLAP,
                  "'"
                      + office.name()
                      + "' has one holder at a time, and a tenure "
                      + period(other)
                      + " overlaps the one from "
                      + added.start());
            });
  }

  /**
   * Refuses making {@code office} single-holder while two of its tenures certainly overlap: the
   * office as it would be, and all its tenures.
   */
  public static void checkOneHolderAtATime(Office office, Collection<Tenure> tenuresOfOffice) {
    for (Tenure tenure : tenuresOfOffice) {
      overlapping(office, tenuresOfOffice, tenure)
          .ifPresent(
              other -> {
                throw new RuleViolation(
                    OVERLAP,
                    "'"
                        + office.name()
                        + "' cannot have one holder at a time: its tenures "
                        + period(tenure)
                        + " and "
                        + period(other)
                        + " overlap");
              });
    }
  }

  private static Optional<Tenure> overlapping(
      Office office, Collection<Tenure> existing, Tenure added) {
    if (!office.singleHolder()) {
      return Optional.empty();
    }
    return existing.stream()
        .filter(other -> !other.equals(added))
        .filter(other -> added.id() == null || !added.id().equals(other.id()))
        .filter(other -> other.officeId().equals(added.officeId()))
        .filter(other -> other.certainlyOverlaps(added))
        .findFirst();
  }

  private static String period(Tenure tenure) {
    return "from "
        + tenure.start()
        + (tenure.isOpen() ? " (still in office)" : " to " + tenure.end());
  }
}
