package org.entente.domain.meeting;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.Text;
import org.entente.domain.party.PartyId;
import org.entente.domain.source.Citation;
import org.entente.domain.topic.TopicId;

/**
 * An engagement between parties. Its parties are the sides that met, named even when nobody who
 * took part is; every participant represents one of them.
 */
public record Meeting(
    MeetingId id,
    String title,
    MeetingKind kind,
    MeetingStatus status,
    PartialDate date,
    Place place,
    String summary,
    List<PartyId> partyIds,
    List<Participant> participants,
    List<TopicId> topicIds,
    List<String> outcomes,
    List<Citation> citations) {

  public Meeting {
    title = Text.required(title, "meeting title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date (PartialDate.unknown() when not known)");
    summary = Text.optional(summary, "summary");
    partyIds = List.copyOf(new LinkedHashSet<>(partyIds));
    participants = List.copyOf(participants);
    topicIds = List.copyOf(new LinkedHashSet<>(topicIds));
    outcomes = outcomes.stream().map(outcome -> Text.required(outcome, "outcome")).toList();
    citations = List.copyOf(citations);
    if (partyIds.size() < 2) {
      throw new IllegalArgumentException("a meeting is between at least two parties: " + title);
    }
    Set<Object> people = new HashSet<>();
    for (Participant participant : participants) {
      if (!people.add(participant.personId())) {
        throw new IllegalArgumentException("a person takes part in a meeting once: " + title);
      }
      if (!partyIds.contains(participant.partyId())) {
        throw new IllegalArgumentException(
            "a participant of '" + title + "' represents a party that is not one of its sides");
      }
    }
  }

  public Optional<Place> where() {
    return Optional.ofNullable(place);
  }
}
