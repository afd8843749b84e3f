package org.entente.domain.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.domain.party.PartyId;

/**
 * Which events to list: those of records in which every one of {@code parties} takes part, on any
 * of {@code topics} (or their sub-topics), whose date lies within [from, to], of the kinds given.
 * Actions on an agreement are about the topics of the negotiation that produced it.
 */
public record TimelineFilter(
    List<PartyId> parties,
    List<String> topics,
    LocalDate from,
    LocalDate to,
    Set<TimelineEntry.Kind> kinds) {

  public static final TimelineFilter ALL = new TimelineFilter(null, null, null, null, null);

  public TimelineFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    topics = topics == null ? List.of() : List.copyOf(topics);
    kinds =
        kinds == null || kinds.isEmpty() ? Set.of(TimelineEntry.Kind.values()) : Set.copyOf(kinds);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the filter's range ends (" + to + ") before it starts (" + from + ")");
    }
  }
}
