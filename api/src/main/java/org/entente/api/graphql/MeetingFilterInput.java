package org.entente.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;

/** The GraphQL {@code MeetingFilter}: as the domain's, but naming records by their global IDs. */
record MeetingFilterInput(
    List<String> parties,
    List<String> participants,
    List<String> offices,
    List<String> topics,
    LocalDate from,
    LocalDate to,
    String city,
    String country,
    Set<MeetingKind> kinds,
    Set<MeetingStatus> statuses,
    String text,
    List<MeetingFilterInput> and,
    List<MeetingFilterInput> or,
    MeetingFilterInput not) {

  MeetingFilter toDomain() {
    return new MeetingFilter(
        partyIds(parties),
        ids(participants, "Person").stream().map(PersonId::new).toList(),
        ids(offices, "Office").stream().map(OfficeId::new).toList(),
        topics,
        from,
        to,
        city,
        country == null ? null : new PartyId(GlobalId.keyOf(country, PartyController.TYPE)),
        kinds,
        statuses,
        text,
        and == null ? null : and.stream().map(MeetingFilterInput::toDomain).toList(),
        anyOf(or, MeetingFilterInput::toDomain),
        not == null ? null : not.toDomain());
  }

  static List<Long> ids(List<String> ids, String type) {
    return ids == null ? List.of() : ids.stream().map(id -> GlobalId.keyOf(id, type)).toList();
  }

  /**
   * A filter's {@code or}, as every filter reads it: absent, or at least one filter. An empty one
   * would hold nothing, where leaving it out holds everything; the two are easily confused.
   */
  static <I, F> List<F> anyOf(List<I> or, Function<I, F> toDomain) {
    if (or == null) {
      return null;
    }
    if (or.isEmpty()) {
      throw new IllegalArgumentException(
          "or takes at least one filter: an empty or would hold nothing");
    }
    return or.stream().map(toDomain).toList();
  }

  /** Parties named by their global IDs, as every filter names them. */
  static List<PartyId> partyIds(List<String> ids) {
    return ids(ids, PartyController.TYPE).stream().map(PartyId::new).toList();
  }
}
