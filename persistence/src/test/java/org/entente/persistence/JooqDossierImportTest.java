package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.DOSSIER_ENTRY;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.OFFICE;
import static org.entente.persistence.jooq.Tables.PARTY;
import static org.entente.persistence.jooq.Tables.PERSON;
import static org.entente.persistence.jooq.Tables.SOURCE;
import static org.entente.persistence.jooq.Tables.TENURE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.entente.domain.Identifier;
import org.entente.domain.PageRequest;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementStatus;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.Dossier.PartyEntry;
import org.entente.domain.dossier.Dossier.PersonEntry;
import org.entente.domain.dossier.Dossier.TenureEntry;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.dossier.DossierProblem;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationStatus;
import org.entente.domain.party.Party;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.revision.Revision;
import org.jooq.DSLContext;
import org.jooq.Table;
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
        dossier.name(),
        dossier.topics(),
        dossier.sources(),
        dossier.parties(),
        dossier.people(),
        dossier.offices(),
        tenures,
        dossier.meetings(),
        dossier.agreements(),
        dossier.negotiations());
  }

  private DossierImport.Summary imported(Dossier dossier) {
    DossierImport.Outcome outcome = JooqPorts.dossierImport(db).importDossier(dossier, "test");
    assertThat(outcome.problems()).isEmpty();
    return outcome.summary();
  }

  /** Asserts the dossier is refused with exactly these problems, and that nothing was written. */
  private void refused(Dossier dossier, DossierProblem... problems) {
    Map<String, Integer> before = counts();
    DossierImport.Outcome outcome = JooqPorts.dossierImport(db).importDossier(dossier, "test");
    assertThat(outcome.wasImported()).isFalse();
    assertThat(outcome.problems())
        .extracting(DossierProblem::location, DossierProblem::code)
        .containsExactly(
            Stream.of(problems)
                .map(problem -> tuple(problem.location(), problem.code()))
                .toArray(org.assertj.core.groups.Tuple[]::new));
    assertThat(counts()).isEqualTo(before);
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Table<?> table :
        List.of(PARTY, PERSON, OFFICE, TENURE, SOURCE, MEETING, AGREEMENT, NEGOTIATION)) {
      counts.put(table.getName(), db.fetchCount(table));
    }
    counts.put(DOSSIER_ENTRY.getName(), db.fetchCount(DOSSIER_ENTRY));
    return counts;
  }

  @Test
  void importedDossier_readsBackAsTheSameDomainRecords() {
    String tag = tag();
    imported(SmallDossier.tagged(tag));

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
  void dossierWithAnUnknownReference_isRefusedWithItsLocation_andTheEntrysOtherRulesStillChecked() {
    String tag = tag();
    Dossier broken =
        withTenure(
            SmallDossier.tagged(tag),
            new TenureEntry("nobody", "north-chair", PartialDate.parse("2019"), null, List.of()));

    // Nobody also cannot chair the Northern Union from 2019 on: Ana does from 2020.
    refused(
        broken,
        new DossierProblem("tenures[2]", "TENURE_OVERLAP", ""),
        new DossierProblem("tenures[2].person", "UNKNOWN_REFERENCE", ""));
    assertThat(JooqPorts.dossierImport(db).check(broken))
        .extracting(DossierProblem::message)
        .contains("no person 'nobody' in the dossier");
  }

  @Test
  void overlappingTenuresOfASingleHolderOffice_areRefused_andNothingIsWritten() {
    String tag = tag();
    Dossier overlapping =
        withTenure(
            SmallDossier.tagged(tag),
            new TenureEntry("sol", "north-chair", PartialDate.parse("2022-03"), null, List.of()));

    refused(overlapping, new DossierProblem("tenures[2]", "TENURE_OVERLAP", ""));
  }

  @Test
  void importedMeetingWithItsStatements_standsAtVersionOne() {
    String tag = tag();
    imported(SmallDossier.tagged(tag));
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
            dossier.name(),
            dossier.topics(),
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

    refused(late, new DossierProblem("meetings[0].participants[0].office", "OFFICE_NOT_HELD", ""));
  }

  @Test
  void theSameDossierImportedTwice_leavesOneCopy() {
    Dossier dossier = SmallDossier.tagged(tag());
    DossierImport.Summary first = imported(dossier);
    Map<String, Integer> after = counts();

    DossierImport.Summary second = imported(dossier);

    assertThat(first).isEqualTo(new DossierImport.Summary(0, 1, 3, 2, 2, 2, 1, 1, 1, 0));
    assertThat(second).isEqualTo(new DossierImport.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 13));
    assertThat(counts()).isEqualTo(after);
  }

  @Test
  void aDossierLoadedAgainWithANewEntry_writesThatEntryOnly_referringToThoseImportedBefore() {
    String tag = tag();
    Dossier dossier = SmallDossier.tagged(tag);
    imported(dossier);

    DossierImport.Summary again =
        imported(
            withTenure(
                dossier,
                new TenureEntry("ana", "south-envoy", PartialDate.parse("2023"), null, List.of())));

    assertThat(again.tenures()).isEqualTo(1);
    assertThat(again.skipped()).isEqualTo(13);
    Long ana =
        db.select(PERSON.ID)
            .from(PERSON)
            .where(PERSON.NAME.eq("Ana Nord " + tag))
            .fetchSingle(PERSON.ID);
    assertThat(db.fetchCount(TENURE, TENURE.PERSON_ID.eq(ana))).isEqualTo(2);
  }

  @Test
  void valuesOtherRecordsAlreadyHave_areEachAProblemAtTheirEntry_andNothingIsWritten() {
    String tag = tag();
    Dossier first = SmallDossier.tagged(tag);
    imported(
        withIdentifiers(
            first,
            new Identifier("WIKIDATA", "Q-" + tag),
            new Identifier("WIKIDATA", "Q-ana-" + tag)));
    // Another dossier (another name) with the same identifiers: the record refuses each of them.
    Dossier second =
        withIdentifiers(
            SmallDossier.tagged(tag() + "-other"),
            new Identifier("WIKIDATA", "Q-" + tag),
            new Identifier("WIKIDATA", "Q-ana-" + tag));

    refused(
        second,
        new DossierProblem("parties[0].identifiers[0]", "DUPLICATE_IDENTIFIER", ""),
        new DossierProblem("people[0].identifiers[0]", "DUPLICATE_IDENTIFIER", ""));
  }

  /** The dossier with an identifier on its first party and one on its first person. */
  private static Dossier withIdentifiers(Dossier dossier, Identifier party, Identifier person) {
    List<PartyEntry> parties = new ArrayList<>(dossier.parties());
    PartyEntry north = parties.get(0);
    parties.set(
        0,
        new PartyEntry(
            north.key(),
            north.kind(),
            north.name(),
            north.shortName(),
            north.iso(),
            north.parent(),
            north.regions(),
            List.of(party)));
    List<PersonEntry> people = new ArrayList<>(dossier.people());
    PersonEntry ana = people.get(0);
    people.set(0, new PersonEntry(ana.key(), ana.name(), ana.aliases(), List.of(person)));
    return new Dossier(
        dossier.name(),
        dossier.topics(),
        dossier.sources(),
        parties,
        people,
        dossier.offices(),
        dossier.tenures(),
        dossier.meetings(),
        dossier.agreements(),
        dossier.negotiations());
  }

  @Test
  void pagesWalkEveryPartyOnceInIdOrder() {
    imported(SmallDossier.tagged(tag()));
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
    imported(SmallDossier.tagged(tag()));
    var last = JooqPorts.parties(db).page(new PageRequest(2, PageRequest.Direction.BACKWARD, null));
    List<Long> all = db.select(PARTY.ID).from(PARTY).orderBy(PARTY.ID).fetch(PARTY.ID);
    assertThat(last.items())
        .extracting(party -> party.id().value())
        .containsExactlyElementsOf(all.subList(all.size() - 2, all.size()));
    assertThat(last.hasMore()).isTrue();
  }
}
