package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.PARTY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementStatus;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.Dossier.TenureEntry;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationStatus;
import org.entente.domain.party.Party;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.revision.Revision;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqDossierImportTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private Party party(String name) {
    Long id = db.select(PARTY.ID).from(PARTY).where(PARTY.NAME.eq(name)).fetchSingle(PARTY.ID);
    return JooqPorts.parties(db)
        .byIds(List.of(new org.entente.domain.party.PartyId(id)))
        .values()
        .iterator()
        .next();
  }

  private static Dossier withTenure(Dossier dossier, TenureEntry tenure) {
    List<TenureEntry> tenures = new ArrayList<>(dossier.tenures());
    tenures.add(tenure);
    return new Dossier(
        dossier.sources(),
        dossier.parties(),
        dossier.people(),
        dossier.offices(),
        tenures,
        dossier.meetings(),
        dossier.agreements(),
        dossier.negotiations());
  }

  @Test
  void importedDossier_readsBackAsTheSameDomainRecords() {
    String tag = tag();
    JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag));

    Party north = party("Northern Union " + tag);
    assertThat(north.regions()).extracting(region -> region.code()).containsExactly("europe");
    List<Meeting> meetings = JooqPorts.meetings(db).ofParties(List.of(north.id())).get(north.id());
    assertThat(meetings)
        .singleElement()
        .satisfies(
            meeting -> {
              assertThat(meeting.date()).isEqualTo(PartialDate.parse("2024-05-02/2024-05-03"));
              assertThat(meeting.participants()).hasSize(2);
              assertThat(meeting.topicIds()).hasSize(2);
              assertThat(meeting.outcomes()).containsExactly("Talks opened " + tag);
              assertThat(meeting.citations()).hasSize(1);
            });
    assertThat(
            JooqPorts.statements(db)
                .madeAt(List.of(meetings.get(0).id()))
                .get(meetings.get(0).id()))
        .extracting(statement -> statement.text())
        .containsExactly("We will trade more " + tag);

    Negotiation talks =
        JooqPorts.negotiations(db).ofParties(List.of(north.id())).get(north.id()).get(0);
    assertThat(talks.status())
        .get()
        .extracting(standing -> standing.status())
        .isEqualTo(NegotiationStatus.CONCLUDED);
    assertThat(talks.steps().get(0).facts().meetingId()).isEqualTo(meetings.get(0).id());
    Agreement pact =
        JooqPorts.agreements(db).byIds(List.of(talks.agreementId())).get(talks.agreementId());
    assertThat(pact.statusOn(LocalDate.of(2024, 5, 31)).status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(pact.statusOn(LocalDate.of(2024, 6, 30)).status())
        .isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(JooqPorts.negotiations(db).producing(List.of(pact.id()))).containsKey(pact.id());
  }

  @Test
  void dossierWithAnUnknownReference_isRefusedWithItsLocation_andWritesNothing() {
    String tag = tag();
    Dossier broken =
        withTenure(
            SmallDossier.tagged(tag),
            new TenureEntry("nobody", "north-chair", PartialDate.parse("2019"), null, List.of()));
    int parties = db.fetchCount(PARTY);

    assertThatThrownBy(() -> JooqPorts.dossierImport(db).importDossier(broken))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("tenures[2]: person: no person 'nobody' in the dossier")
        .extracting(error -> ((RuleViolation) error).code())
        .isEqualTo("UNKNOWN_REFERENCE");
    assertThat(db.fetchCount(PARTY)).isEqualTo(parties);
  }

  @Test
  void overlappingTenuresOfASingleHolderOffice_areRefused_andNothingIsWritten() {
    String tag = tag();
    Dossier overlapping =
        withTenure(
            SmallDossier.tagged(tag),
            new TenureEntry("sol", "north-chair", PartialDate.parse("2022-03"), null, List.of()));
    int meetings = db.fetchCount(MEETING);

    assertThatThrownBy(() -> JooqPorts.dossierImport(db).importDossier(overlapping))
        .isInstanceOf(RuleViolation.class)
        .hasMessageStartingWith("tenures[2]: ")
        .extracting(error -> ((RuleViolation) error).code())
        .isEqualTo("TENURE_OVERLAP");
    assertThat(db.fetchCount(MEETING)).isEqualTo(meetings);
  }

  @Test
  void importedMeetingWithItsStatements_standsAtVersionOne() {
    String tag = tag();
    JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag));
    Party north = party("Northern Union " + tag);
    Meeting summit = JooqPorts.meetings(db).ofParties(List.of(north.id())).get(north.id()).get(0);

    // Its statement was written in the same transaction: the meeting is not raised for it.
    assertThat(JooqPorts.revisions(db).of(RecordKind.MEETING, List.of(summit.id().value())))
        .extractingByKey(summit.id().value())
        .extracting(Revision::version)
        .isEqualTo(1L);
  }

  @Test
  void aParticipantInAnOfficeTheyDidNotHoldThen_isRefusedWithItsField() {
    Dossier dossier = SmallDossier.tagged(tag());
    TenureEntry early = dossier.tenures().get(0);
    Dossier late =
        new Dossier(
            dossier.sources(),
            dossier.parties(),
            dossier.people(),
            dossier.offices(),
            List.of(
                new TenureEntry(
                    early.person(),
                    early.office(),
                    PartialDate.parse("2025-01-01"),
                    null,
                    early.citations()),
                dossier.tenures().get(1)),
            dossier.meetings(),
            dossier.agreements(),
            dossier.negotiations());
    int meetings = db.fetchCount(MEETING);

    assertThatThrownBy(() -> JooqPorts.dossierImport(db).importDossier(late))
        .isInstanceOf(RuleViolation.class)
        .hasMessageStartingWith("meetings[0]: participants[0].office: ")
        .extracting(error -> ((RuleViolation) error).code())
        .isEqualTo("OFFICE_NOT_HELD");
    assertThat(db.fetchCount(MEETING)).isEqualTo(meetings);
  }

  @Test
  void pagesWalkEveryPartyOnceInIdOrder() {
    JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag()));
    List<Long> seen = new ArrayList<>();
    PageRequest.Position after = null;
    boolean more = true;
    while (more) {
      var page =
          JooqPorts.parties(db).page(new PageRequest(2, PageRequest.Direction.FORWARD, after));
      page.items().forEach(party -> seen.add(party.id().value()));
      more = page.hasMore();
      after = new PageRequest.Position(null, seen.get(seen.size() - 1));
    }
    assertThat(seen).hasSize(db.fetchCount(PARTY)).isSorted().doesNotHaveDuplicates();
    assertThat(JooqPorts.parties(db).count()).isEqualTo(seen.size());
  }

  @Test
  void pagingBackwardFromTheEnd_givesTheLastPartiesInIdOrder() {
    JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag()));
    var last = JooqPorts.parties(db).page(new PageRequest(2, PageRequest.Direction.BACKWARD, null));
    List<Long> all = db.select(PARTY.ID).from(PARTY).orderBy(PARTY.ID).fetch(PARTY.ID);
    assertThat(last.items())
        .extracting(party -> party.id().value())
        .containsExactlyElementsOf(all.subList(all.size() - 2, all.size()));
    assertThat(last.hasMore()).isTrue();
  }
}
