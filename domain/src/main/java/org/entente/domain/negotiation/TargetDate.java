package org.entente.domain.negotiation;

import java.util.Objects;
import java.util.Optional;
import org.entente.domain.PartialDate;

/**
 * When a negotiation is meant to end in signature or implementation: a date, explicitly none ("no
 * date has been set", as a source may say), or not known to the record.
 */
public record TargetDate(Setting setting, PartialDate date) {

  public enum Setting {
    SET,
    NOT_SET,
    UNKNOWN
  }

  public TargetDate {
    Objects.requireNonNull(setting, "setting");
    if ((setting == Setting.SET) != (date != null && date.isKnown())) {
      throw new IllegalArgumentException("a target date has a known date exactly when it is SET");
    }
  }

  public static TargetDate set(PartialDate date) {
    return new TargetDate(Setting.SET, date);
  }

  public static TargetDate notSet() {
    return new TargetDate(Setting.NOT_SET, null);
  }

  public static TargetDate unknown() {
    return new TargetDate(Setting.UNKNOWN, null);
  }

  public Optional<PartialDate> when() {
    return Optional.ofNullable(date);
  }
}
