package org.entente.domain.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.domain.Nesting;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;

/**
 * Which meetings to list. Every criterion given must hold; a list matches any of its values except
 * {@code parties}, which must all be sides. A meeting's date must lie within [from, to] by the
 * whole interval it covers. Filters nest through and, or and not, to a bounded depth.
 */
public record MeetingFilter(
    List<PartyId> parties,
    List<PersonId> participants,
    List<OfficeId> offices,
    List<String> topics,
    LocalDate from,
    LocalDate to,
    String city,
    PartyId country,
    Set<MeetingKind> kinds,
    Set<MeetingStatus> statuses,
    String text,
    List<MeetingFilter> and,
    List<MeetingFilter> or,
    MeetingFilter not) {

  public static final int MAX_DEPTH = Nesting.MAX_DEPTH;
  public static final MeetingFilter ALL =
      new MeetingFilter(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  /** The meetings of which every one of these parties was a side. */
  public static MeetingFilter between(List<PartyId> parties) {
    return new MeetingFilter(
        parties, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public MeetingFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    participants = participants == null ? List.of() : List.copyOf(participants);
    offices = offices == null ? List.of() : List.copyOf(offices);
    topics = topics == null ? List.of() : List.copyOf(topics);
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    text = text == null || text.isBlank() ? null : text.strip();
    and = and == null ? List.of() : List.copyOf(and);
    or = or == null ? List.of() : List.copyOf(or);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the filter's range ends (" + to + ") before it starts (" + from + ")");
    }
    if (Nesting.depth(and, or, not, MeetingFilter::depth) > MAX_DEPTH) {
      throw new IllegalArgumentException("filters nest at most " + MAX_DEPTH + " levels deep");
    }
  }

  int depth() {
    return Nesting.depth(and, or, not, MeetingFilter::depth);
  }
}
