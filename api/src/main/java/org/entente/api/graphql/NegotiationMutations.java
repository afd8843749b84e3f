package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.negotiation.NegotiatingParty;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.NegotiationStepId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.negotiation.StepFacts;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.PartyId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Opening and correcting negotiations, and recording their steps one at a time as the lifecycle
 * allows.
 */
@Controller
class NegotiationMutations {

  record NegotiatingPartyInput(String party, String negotiator) {}

  record TargetDateInput(TargetDate.Setting setting, String date) {}

  record OpenNegotiationInput(
      String title,
      String subject,
      List<NegotiatingPartyInput> parties,
      List<String> topics,
      TargetDateInput target,
      List<CitationInput> citations) {}

  /** Fields left out stay as they are; an optional field given as null is cleared. */
  record UpdateNegotiationInput(
      String id,
      long version,
      String title,
      ArgumentValue<String> subject,
      List<NegotiatingPartyInput> parties,
      List<String> topics,
      TargetDateInput target,
      ArgumentValue<String> agreement) {}

  record RecordNegotiationStepInput(
      String negotiation,
      long version,
      NegotiationStep.Kind kind,
      String date,
      String meeting,
      Integer roundNumber,
      String authorisedBy,
      String authorised,
      String directives,
      String note,
      List<CitationInput> citations) {}

  record RemoveNegotiationStepInput(String id, long version) {}

  record NegotiationPayload(Negotiation negotiation, List<UserError> userErrors) {
    static NegotiationPayload of(Written<Negotiation> written) {
      return new NegotiationPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Negotiations negotiations;
  private final Topics topics;

  NegotiationMutations(Writes writes, Negotiations negotiations, Topics topics) {
    this.writes = writes;
    this.negotiations = negotiations;
    this.topics = topics;
  }

  @MutationMapping
  NegotiationPayload openNegotiation(
      @Argument OpenNegotiationInput input, DataFetchingEnvironment env) {
    return NegotiationPayload.of(
        writes.run(
            env,
            () ->
                negotiations
                    .add(
                        new Negotiation(
                            null,
                            input.title(),
                            input.subject(),
                            parties(input.parties()),
                            topics(input.topics()),
                            List.of(),
                            target(input.target()),
                            null,
                            CitationInput.toCitations(input.citations())))
                    .value(),
            this::load));
  }

  @MutationMapping
  NegotiationPayload updateNegotiation(
      @Argument UpdateNegotiationInput input, DataFetchingEnvironment env) {
    return NegotiationPayload.of(
        writes.run(
            env,
            () -> {
              Negotiation negotiation = current(input.id());
              negotiations.replace(
                  new Negotiation(
                      negotiation.id(),
                      input.title() == null ? negotiation.title() : input.title(),
                      Patch.of(input.subject(), negotiation.subject()),
                      input.parties() == null ? negotiation.parties() : parties(input.parties()),
                      input.topics() == null ? negotiation.topicIds() : topics(input.topics()),
                      negotiation.steps(),
                      input.target() == null ? negotiation.target() : target(input.target()),
                      Patch.of(input.agreement(), this::agreement, negotiation.agreementId()),
                      negotiation.citations()),
                  input.version());
              return negotiation.id().value();
            },
            this::load));
  }

  @MutationMapping
  NegotiationPayload recordNegotiationStep(
      @Argument RecordNegotiationStepInput input, DataFetchingEnvironment env) {
    return NegotiationPayload.of(
        writes.run(
            env,
            () -> {
              NegotiationId negotiation =
                  new NegotiationId(
                      GlobalId.keyOf(
                          input.negotiation(), NegotiationController.TYPE, "negotiation"));
              negotiations.recordStep(negotiation, input.version(), step(input));
              return negotiation.value();
            },
            this::load));
  }

  @MutationMapping
  NegotiationPayload removeNegotiationStep(
      @Argument RemoveNegotiationStepInput input, DataFetchingEnvironment env) {
    return NegotiationPayload.of(
        writes.run(
            env,
            () ->
                negotiations
                    .removeStep(
                        new NegotiationStepId(
                            GlobalId.keyOf(input.id(), NegotiationController.STEP, "id")),
                        input.version())
                    .value(),
            this::load));
  }

  private NegotiationStep step(RecordNegotiationStepInput input) {
    return NegotiationStep.of(
        input.kind(),
        new StepFacts(
            null,
            PartialDateInput.parse(input.date(), "date"),
            input.meeting() == null
                ? null
                : new MeetingId(
                    GlobalId.keyOf(input.meeting(), MeetingController.MEETING, "meeting")),
            input.note(),
            CitationInput.toCitations(input.citations())),
        input.roundNumber(),
        party(input.authorisedBy(), "authorisedBy"),
        party(input.authorised(), "authorised"),
        input.directives());
  }

  private Negotiation current(String id) {
    return Writes.current(
        negotiations::byIds,
        new NegotiationId(GlobalId.keyOf(id, NegotiationController.TYPE, "id")),
        "negotiation");
  }

  private static List<NegotiatingParty> parties(List<NegotiatingPartyInput> inputs) {
    List<NegotiatingParty> parties = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String at = String.valueOf(i);
      NegotiatingPartyInput input = inputs.get(i);
      try {
        parties.add(
            new NegotiatingParty(
                party(input.party(), "parties", at, "party"),
                party(input.negotiator(), "parties", at, "negotiator")));
      } catch (IllegalArgumentException invalid) {
        throw new RuleViolation("INVALID_INPUT", invalid.getMessage()).at("parties", at);
      }
    }
    return parties;
  }

  /** Topics by code, as filters name them; an unknown code is refused at its place. */
  private List<TopicId> topics(List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    List<TopicId> found = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      Optional<Topic> topic = topics.byCode(codes.get(i));
      if (topic.isEmpty()) {
        throw new RuleViolation("UNKNOWN_REFERENCE", "no topic has the code '" + codes.get(i) + "'")
            .at("topics", String.valueOf(i));
      }
      found.add(topic.get().id());
    }
    return found;
  }

  private static TargetDate target(TargetDateInput input) {
    if (input == null) {
      return TargetDate.unknown();
    }
    try {
      return new TargetDate(
          input.setting(), PartialDateInput.parse(input.date(), "target", "date"));
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("INVALID_INPUT", invalid.getMessage()).at("target");
    }
  }

  private AgreementId agreement(String id) {
    return id == null
        ? null
        : new AgreementId(GlobalId.keyOf(id, AgreementController.TYPE, "agreement"));
  }

  private static PartyId party(String id, String... field) {
    return id == null ? null : new PartyId(GlobalId.keyOf(id, PartyController.TYPE, field));
  }

  private Negotiation load(long key) {
    return Writes.one(negotiations::byIds, new NegotiationId(key));
  }
}
