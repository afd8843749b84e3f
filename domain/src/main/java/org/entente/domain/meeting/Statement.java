package org.entente.domain.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.entente.domain.RuleViolation;
import org.entente.domain.Text;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Citation;
import org.entente.domain.topic.TopicId;

/** What a person said or stressed at a meeting, quoted or paraphrased, on topics, with sources. */
public record Statement(
    StatementId id,
    MeetingId meetingId,
    PersonId personId,
    StatementKind kind,
    String text,
    List<TopicId> topicIds,
    List<Citation> citations) {

  public Statement {
    Objects.requireNonNull(meetingId, "meeting");
    Objects.requireNonNull(personId, "speaker");
    Objects.requireNonNull(kind, "kind");
    text = Text.required(text, "statement text");
    topicIds = List.copyOf(new LinkedHashSet<>(topicIds));
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new RuleViolation("UNCITED", "a statement cites at least one source: " + text)
          .at("citations");
    }
  }
}
