package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter the API offers is backed by an index the planner can use: with sequential scans
 * priced out, the plan of a query filtering by that criterion alone reads no table in full.
 */
class FilterIndexTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  private static MeetingFilter meetings(
      List<PartyId> parties,
      List<PersonId> people,
      List<OfficeId> offices,
      List<String> topics,
      LocalDate from,
      LocalDate to,
      String city,
      PartyId country,
      Set<MeetingKind> kinds,
      Set<MeetingStatus> statuses,
      String text) {
    return new MeetingFilter(
        parties, people, offices, topics, from, to, city, country, kinds, statuses, text, null,
        null, null);
  }

  static Stream<Arguments> filters() {
    PartyId party = new PartyId(1);
    return Stream.of(
        Arguments.of(
            "meeting parties",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    List.of(party), null, null, null, null, null, null, null, null, null, null))),
        Arguments.of(
            "meeting participants",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    null,
                    List.of(new PersonId(1)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "meeting offices",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    null,
                    null,
                    List.of(new OfficeId(1)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "meeting topics",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    null,
                    null,
                    null,
                    List.of("economy"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "meeting from",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2025, 1, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "meeting city",
            MEETING.ID,
            MeetingConditions.of(
                meetings(null, null, null, null, null, null, "Almaty", null, null, null, null))),
        Arguments.of(
            "meeting country",
            MEETING.ID,
            MeetingConditions.of(
                meetings(null, null, null, null, null, null, null, party, null, null, null))),
        Arguments.of(
            "meeting kinds",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Set.of(MeetingKind.SUMMIT),
                    null,
                    null))),
        Arguments.of(
            "meeting statuses",
            MEETING.ID,
            MeetingConditions.of(
                meetings(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Set.of(MeetingStatus.HELD),
                    null))),
        Arguments.of(
            "meeting text",
            MEETING.ID,
            MeetingConditions.of(
                meetings(null, null, null, null, null, null, null, null, null, null, "visa"))),
        Arguments.of(
            "negotiation parties",
            NEGOTIATION.ID,
            NegotiationConditions.of(
                new NegotiationFilter(
                    List.of(party),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "negotiation topics",
            NEGOTIATION.ID,
            NegotiationConditions.of(
                new NegotiationFilter(
                    null,
                    List.of("mobility"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "negotiation text",
            NEGOTIATION.ID,
            NegotiationConditions.of(
                new NegotiationFilter(
                    null, null, "visa", null, null, null, null, null, null, null, null, null))),
        Arguments.of(
            "negotiation launched",
            NEGOTIATION.ID,
            NegotiationConditions.of(
                new NegotiationFilter(
                    null,
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2025, 1, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "agreement parties",
            AGREEMENT.ID,
            AgreementConditions.of(
                new AgreementFilter(
                    List.of(party), null, null, null, null, null, null, null, null, null))),
        Arguments.of(
            "agreement kinds",
            AGREEMENT.ID,
            AgreementConditions.of(
                new AgreementFilter(
                    null,
                    Set.of(AgreementKind.TRADE),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))),
        Arguments.of(
            "agreement text",
            AGREEMENT.ID,
            AgreementConditions.of(
                new AgreementFilter(
                    null, null, "partnership", null, null, null, null, null, null, null))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void theFilter_isAnsweredFromAnIndex(
      String name, org.jooq.TableField<?, Long> id, Condition condition) {
    Select<?> query = db.select(id).from(id.getTable()).where(condition);
    String plan =
        db.transactionResult(
            transaction -> {
              transaction.dsl().execute("set local enable_seqscan = off");
              return String.join(
                  "\n",
                  transaction
                      .dsl()
                      .fetch("explain " + transaction.dsl().renderInlined(query))
                      .getValues(0, String.class));
            });
    assertThat(plan).as(name + ":\n" + plan).doesNotContain("Seq Scan");
  }
}
