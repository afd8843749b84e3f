package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.persistence.jooq.Tables.PARTY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;
import org.entente.domain.PageRequest.Direction;
import org.entente.domain.party.PartyId;
import org.entente.domain.timeline.Timeline;
import org.entente.domain.timeline.TimelineEntry;
import org.entente.domain.timeline.TimelineEntry.Kind;
import org.entente.domain.timeline.TimelineFilter;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;

/** Whose events the timeline lists, and how a page learns how many events match in all. */
class JooqTimelineTest {

  private final DSLContext db = TestDatabase.shared().migrated();
  private final List<String> statements = new ArrayList<>();
  private final Timeline timeline =
      JooqPorts.timeline(
          db.configuration()
              .derive(ExecuteListener.onExecuteStart(context -> statements.add(context.sql())))
              .dsl());

  private String tag;

  private TimelineFilter ofANewDossier() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag), "test").problems())
        .isEmpty();
    return new TimelineFilter(List.of(party("Northern Union")), null, null, null, null);
  }

  private PartyId party(String name) {
    return new PartyId(
        db.select(PARTY.ID)
            .from(PARTY)
            .where(PARTY.NAME.eq(name + " " + tag))
            .fetchSingle(PARTY.ID));
  }

  private int stepsAndActionsOf(PartyId... parties) {
    return timeline.count(
        new TimelineFilter(
            List.of(parties),
            null,
            null,
            null,
            Set.of(Kind.NEGOTIATION_STEP, Kind.AGREEMENT_ACTION)));
  }

  @Test
  void stepsAndActions_areThoseOfNegotiationsAndAgreementsInWhichEveryPartyTakesPart() {
    PartyId north = ofANewDossier().parties().get(0);
    PartyId south = party("Southern League");
    PartyId council = party("Council of the Northern Union");

    int ofNorth = stepsAndActionsOf(north);
    assertThat(ofNorth).isGreaterThan(2);
    assertThat(stepsAndActionsOf(north, south)).isEqualTo(ofNorth);
    assertThat(stepsAndActionsOf(north, north)).isEqualTo(ofNorth);
    // The council negotiates for the Northern Union but is no party to its talks or its pact.
    assertThat(stepsAndActionsOf(council)).isZero();
    assertThat(stepsAndActionsOf(north, council)).isZero();
  }

  private Page<TimelineEntry> page(
      TimelineFilter filter, Direction direction, PageRequest.Position after, boolean counting) {
    statements.clear();
    return timeline.find(filter, false, new PageRequest(1, direction, after), counting);
  }

  @Test
  void aFirstPage_countsEveryMatchingEvent_inTheStatementThatReadsIt() {
    TimelineFilter filter = ofANewDossier();
    int all = timeline.count(filter);
    assertThat(all).isGreaterThan(1);

    Page<TimelineEntry> first = page(filter, Direction.FORWARD, null, true);
    assertThat(first.items()).hasSize(1);
    assertThat(first.total()).hasValue(all);
    assertThat(statements).hasSize(1);
    assertThat(page(filter, Direction.BACKWARD, null, true).total()).hasValue(all);
  }

  @Test
  void aPagePastACursor_orOneNotAskedToCount_leavesTheCountToCount() {
    TimelineFilter filter = ofANewDossier();
    Page<TimelineEntry> first = page(filter, Direction.FORWARD, null, false);
    assertThat(first.total()).isEmpty();

    Page<TimelineEntry> second =
        page(filter, Direction.FORWARD, TimelineEntry.positionOf(first.items().get(0)), true);
    assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
    assertThat(second.total()).isEmpty();
  }

  @Test
  void anEmptyTimeline_countsNone() {
    TimelineFilter none =
        new TimelineFilter(
            ofANewDossier().parties(),
            null,
            LocalDate.of(1800, 1, 1),
            LocalDate.of(1800, 1, 2),
            null);

    Page<TimelineEntry> first = page(none, Direction.FORWARD, null, true);
    assertThat(first.items()).isEmpty();
    assertThat(first.total()).hasValue(0);
  }
}
