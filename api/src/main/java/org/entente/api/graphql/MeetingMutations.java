package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Participant;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording and correcting meetings. */
@Controller
class MeetingMutations {

  record ParticipantInput(String person, ParticipantRole role, String office, String party) {}

  record CreateMeetingInput(
      String title,
      MeetingKind kind,
      MeetingStatus status,
      String date,
      PlaceInput place,
      String summary,
      List<String> parties,
      List<ParticipantInput> participants,
      List<String> topics,
      List<String> outcomes,
      List<CitationInput> citations) {}

  /**
   * Fields left out stay as they are; a list given replaces the list; an optional field given as
   * null is cleared.
   */
  record UpdateMeetingInput(
      String id,
      long version,
      String title,
      MeetingKind kind,
      MeetingStatus status,
      String date,
      ArgumentValue<PlaceInput> place,
      ArgumentValue<String> summary,
      List<String> parties,
      List<ParticipantInput> participants,
      List<String> topics,
      List<String> outcomes,
      List<CitationInput> citations) {}

  record MeetingPayload(Meeting meeting, List<UserError> userErrors) {
    static MeetingPayload of(Written<Meeting> written) {
      return new MeetingPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Meetings meetings;
  private final Topics topics;

  MeetingMutations(Writes writes, Meetings meetings, Topics topics) {
    this.writes = writes;
    this.meetings = meetings;
    this.topics = topics;
  }

  @MutationMapping
  MeetingPayload createMeeting(@Argument CreateMeetingInput input, DataFetchingEnvironment env) {
    return MeetingPayload.of(
        writes.run(
            env,
            () ->
                meetings
                    .add(
                        new Meeting(
                            null,
                            input.title(),
                            input.kind(),
                            input.status(),
                            date(input.date()),
                            PlaceInput.toPlace(input.place()),
                            input.summary(),
                            parties(input.parties()),
                            participants(input.participants()),
                            topicIds(topics, input.topics()),
                            input.outcomes() == null ? List.of() : input.outcomes(),
                            CitationInput.toCitations(input.citations())))
                    .value(),
            this::load));
  }

  @MutationMapping
  MeetingPayload updateMeeting(@Argument UpdateMeetingInput input, DataFetchingEnvironment env) {
    return MeetingPayload.of(
        writes.run(
            env,
            () -> {
              Meeting meeting = current(input.id());
              meetings.replace(
                  new Meeting(
                      meeting.id(),
                      input.title() == null ? meeting.title() : input.title(),
                      input.kind() == null ? meeting.kind() : input.kind(),
                      input.status() == null ? meeting.status() : input.status(),
                      input.date() == null ? meeting.date() : date(input.date()),
                      Patch.of(input.place(), PlaceInput::toPlace, meeting.place()),
                      Patch.of(input.summary(), meeting.summary()),
                      input.parties() == null ? meeting.partyIds() : parties(input.parties()),
                      input.participants() == null
                          ? meeting.participants()
                          : participants(input.participants()),
                      input.topics() == null
                          ? meeting.topicIds()
                          : topicIds(topics, input.topics()),
                      input.outcomes() == null ? meeting.outcomes() : input.outcomes(),
                      input.citations() == null
                          ? meeting.citations()
                          : CitationInput.toCitations(input.citations())),
                  input.version());
              return meeting.id().value();
            },
            this::load));
  }

  private Meeting current(String id) {
    return Writes.current(
        meetings::byIds,
        new MeetingId(GlobalId.keyOf(id, MeetingController.MEETING, "id")),
        "meeting");
  }

  private static PartialDate date(String text) {
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("INVALID_INPUT", invalid.getMessage()).at("date");
    }
  }

  private static List<PartyId> parties(List<String> ids) {
    List<PartyId> parties = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      parties.add(
          new PartyId(GlobalId.keyOf(ids.get(i), PartyController.TYPE, "parties", index(i))));
    }
    return parties;
  }

  private static List<Participant> participants(List<ParticipantInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      ParticipantInput input = inputs.get(i);
      participants.add(
          new Participant(
              new PersonId(
                  GlobalId.keyOf(
                      input.person(), PersonController.PERSON, "participants", index(i), "person")),
              input.role(),
              input.office() == null
                  ? null
                  : new OfficeId(
                      GlobalId.keyOf(
                          input.office(),
                          PersonController.OFFICE,
                          "participants",
                          index(i),
                          "office")),
              new PartyId(
                  GlobalId.keyOf(
                      input.party(), PartyController.TYPE, "participants", index(i), "party"))));
    }
    return participants;
  }

  /** Topics by code, as the meeting filter names them; an unknown code is refused at its place. */
  static List<TopicId> topicIds(Topics topics, List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    List<TopicId> ids = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      String at = index(i);
      ids.add(
          topics
              .byCode(code)
              .map(Topic::id)
              .orElseThrow(
                  () ->
                      new RuleViolation("UNKNOWN_REFERENCE", "no topic has the code '" + code + "'")
                          .at("topics", at)));
    }
    return ids;
  }

  private static String index(int i) {
    return String.valueOf(i);
  }

  private Meeting load(long key) {
    return Writes.one(meetings::byIds, new MeetingId(key));
  }
}
