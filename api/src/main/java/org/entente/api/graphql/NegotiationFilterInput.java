package org.entente.api.graphql;

import java.time.LocalDate;
import java.util.List;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationStatus;

/** The GraphQL {@code NegotiationFilter}: as the domain's, but naming parties by global ID. */
record NegotiationFilterInput(
    List<String> parties,
    List<String> topics,
    String text,
    String subject,
    NegotiationStatus status,
    LocalDate asOf,
    LocalDate launchedFrom,
    LocalDate launchedTo,
    LocalDate concludedFrom,
    LocalDate concludedTo,
    List<NegotiationFilterInput> and,
    List<NegotiationFilterInput> or,
    NegotiationFilterInput not) {

  NegotiationFilter toDomain() {
    return new NegotiationFilter(
        MeetingFilterInput.partyIds(parties),
        topics,
        text,
        subject,
        status,
        asOf,
        launchedFrom,
        launchedTo,
        concludedFrom,
        concludedTo,
        and == null ? null : and.stream().map(NegotiationFilterInput::toDomain).toList(),
        MeetingFilterInput.anyOf(or, NegotiationFilterInput::toDomain),
        not == null ? null : not.toDomain());
  }
}
