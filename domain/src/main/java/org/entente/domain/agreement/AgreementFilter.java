package org.entente.domain.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.domain.Nesting;
import org.entente.domain.party.PartyId;

/**
 * Which agreements to list: every criterion given must hold. {@code status} is the overall status
 * on {@code asOf} (the latest when no date is given); the signed range holds the whole date of a
 * signature, the in-force range the whole date of an entry into force.
 */
public record AgreementFilter(
    List<PartyId> parties,
    Set<AgreementKind> kinds,
    String text,
    AgreementStatus status,
    LocalDate asOf,
    LocalDate signedFrom,
    LocalDate signedTo,
    LocalDate inForceFrom,
    LocalDate inForceTo,
    List<AgreementFilter> and,
    List<AgreementFilter> or,
    AgreementFilter not) {

  public static final AgreementFilter ALL =
      new AgreementFilter(null, null, null, null, null, null, null, null, null, null, null, null);

  /** Every one of these parties is a party to it. */
  public static AgreementFilter between(List<PartyId> parties) {
    return new AgreementFilter(
        parties, null, null, null, null, null, null, null, null, null, null, null);
  }

  public AgreementFilter {
    parties = parties == null ? List.of() : List.copyOf(parties);
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    text = text == null || text.isBlank() ? null : text.strip();
    if (asOf != null && status == null) {
      throw new IllegalArgumentException("asOf dates a status: give the status too");
    }
    and = and == null ? List.of() : List.copyOf(and);
    or = or == null ? List.of() : List.copyOf(or);
    if (Nesting.depth(and, or, not, AgreementFilter::nesting) > Nesting.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "filters nest at most " + Nesting.MAX_DEPTH + " levels deep");
    }
  }

  int nesting() {
    return Nesting.depth(and, or, not, AgreementFilter::nesting);
  }
}
