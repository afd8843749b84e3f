package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.party.Parties;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.PartyKind;
import org.entente.domain.revision.RecordKind;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The README's promise: nothing new may refer to a retired record; what already did keeps it. */
class RetiredReferencesTest {

  // A database of its own: retired parties would leave the shared one's lists short.
  private static final TestDatabase OWN = TestDatabase.fresh();

  private final DSLContext db = OWN.migrated();
  private final Parties parties = JooqPorts.parties(db);
  private final Agreements agreements = JooqPorts.agreements(db);

  @Test
  void aNewAgreement_isRefusedARetiredParty_butOneThatHadItKeepsIt() {
    PartyId kept = party();
    PartyId other = party();
    AgreementId agreement = agreements.add(agreement(null, List.of(kept, other)));
    PartyId retired = party();
    parties.retire(retired, version(retired));
    parties.retire(kept, version(kept));

    assertThatThrownBy(() -> agreements.add(agreement(null, List.of(other, retired))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("RETIRED");
              assertThat(violation.path()).containsExactly("parties", "1");
            });
    agreements.replace(
        agreement(agreement, List.of(other, kept)),
        version(RecordKind.AGREEMENT, agreement.value()));
    assertThat(agreements.byIds(List.of(agreement)).get(agreement).partyIds())
        .containsExactlyInAnyOrder(other, kept);
  }

  @AfterAll
  static void drop() {
    OWN.drop();
  }

  private PartyId party() {
    return parties.add(
        new Party(
            null,
            PartyKind.INTERNATIONAL_ORGANISATION,
            "Organisation " + UUID.randomUUID(),
            null,
            null,
            null,
            List.of(),
            List.of()));
  }

  private long version(PartyId party) {
    return version(RecordKind.PARTY, party.value());
  }

  private long version(RecordKind kind, long key) {
    return db.select(Versions.version(kind))
        .from(Versions.TABLES.get(kind))
        .where(Versions.id(kind).eq(key))
        .fetchSingle()
        .value1();
  }

  private static Agreement agreement(AgreementId id, List<PartyId> parties) {
    return new Agreement(
        id,
        "Agreement " + UUID.randomUUID(),
        null,
        AgreementKind.OTHER,
        null,
        parties,
        List.of(),
        null,
        null,
        List.of(),
        List.of());
  }
}
