package org.entente.domain.agreement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.Identifier;
import org.entente.domain.Text;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.RegionId;
import org.entente.domain.source.Citation;

/**
 * An instrument between parties. Its actions follow {@link AgreementLifecycle}; its status is
 * derived from them. {@code firstInRegionId} names the region where a source calls it the first
 * agreement of its kind.
 */
public record Agreement(
    AgreementId id,
    String title,
    String shortTitle,
    AgreementKind kind,
    String summary,
    List<PartyId> partyIds,
    List<AgreementAction> actions,
    AgreementId replacesId,
    RegionId firstInRegionId,
    List<Identifier> identifiers,
    List<Citation> citations) {

  public Agreement {
    title = Text.required(title, "agreement title");
    shortTitle = Text.optional(shortTitle, "short title");
    Objects.requireNonNull(kind, "kind");
    summary = Text.optional(summary, "summary");
    partyIds = List.copyOf(new LinkedHashSet<>(partyIds));
    if (partyIds.size() < 2) {
      throw new IllegalArgumentException("an agreement is between at least two parties: " + title);
    }
    actions = List.copyOf(actions);
    if (id != null && id.equals(replacesId)) {
      throw new IllegalArgumentException("an agreement cannot replace itself: " + title);
    }
    identifiers = List.copyOf(identifiers);
    citations = List.copyOf(citations);
    AgreementLifecycle.check(partyIds, actions);
  }

  public AgreementStanding status() {
    return AgreementLifecycle.status(partyIds, actions);
  }

  public AgreementStanding statusOn(LocalDate day) {
    return AgreementLifecycle.statusOn(partyIds, actions, day);
  }

  public List<AgreementStanding> statusHistory() {
    return AgreementLifecycle.history(partyIds, actions);
  }

  public Optional<AgreementId> replaces() {
    return Optional.ofNullable(replacesId);
  }
}
