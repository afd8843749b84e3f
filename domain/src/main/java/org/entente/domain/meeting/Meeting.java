package org.entente.domain.meeting;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.Text;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;
import org.entente.domain.topic.TopicId;

/**
 * An engagement between parties. Its parties are the sides that met, named even when nobody who
 * took part is; every participant represents one of them, and at least one source reports it. A
 * broken rule names the field it is in, so that an edit can say where.
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
      throw new RuleViolation(
              "TOO_FEW_PARTIES", "a meeting is between at least two parties: " + title)
          .at("parties");
    }
    Set<Object> people = new HashSet<>();
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      if (!people.add(participant.personId())) {
        throw new RuleViolation(
                "DUPLICATE_PARTICIPANT", "a person takes part in a meeting once: " + title)
            .at("participants", String.valueOf(i), "person");
      }
      if (!partyIds.contains(participant.partyId())) {
        throw new RuleViolation(
                "NOT_A_SIDE",
                "a participant of '" + title + "' represents a party that is not one of its sides")
            .at("participants", String.valueOf(i), "party");
      }
    }
    if (citations.isEmpty()) {
      throw new RuleViolation("UNCITED", "a meeting cites at least one source: " + title)
          .at("citations");
    }
  }

  /** Whether the person took part in the meeting. */
  public boolean tookPart(PersonId person) {
    return participants.stream().anyMatch(participant -> participant.personId().equals(person));
  }

  public Optional<Place> where() {
    return Optional.ofNullable(place);
  }
}
