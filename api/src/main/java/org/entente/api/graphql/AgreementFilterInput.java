package org.entente.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.agreement.AgreementStatus;

/** The GraphQL {@code AgreementFilter}: as the domain's, but naming parties by global ID. */
record AgreementFilterInput(
    List<String> parties,
    Set<AgreementKind> kinds,
    String text,
    AgreementStatus status,
    LocalDate asOf,
    LocalDate signedFrom,
    LocalDate signedTo,
    LocalDate inForceFrom,
    LocalDate inForceTo,
    List<AgreementFilterInput> and,
    List<AgreementFilterInput> or,
    AgreementFilterInput not) {

  AgreementFilter toDomain() {
    return new AgreementFilter(
        MeetingFilterInput.partyIds(parties),
        kinds,
        text,
        status,
        asOf,
        signedFrom,
        signedTo,
        inForceFrom,
        inForceTo,
        and == null ? null : and.stream().map(AgreementFilterInput::toDomain).toList(),
        MeetingFilterInput.anyOf(or, AgreementFilterInput::toDomain),
        not == null ? null : not.toDomain());
  }
}
