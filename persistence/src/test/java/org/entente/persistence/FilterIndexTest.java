package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationStatus;
import org.entente.domain.party.PartyId;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter the API offers is backed by an index the planner can use: with sequential scans
 * priced out, the plan of a query filtering by that criterion alone reads no table in full.
 */
class FilterIndexTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  /** A filter with only the given criteria set: every other record component is null. */
  private static <F extends java.lang.Record> F only(
      Class<F> type, String criterion, Object value) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = components[i].getName().equals(criterion) ? value : null;
    }
    try {
      return type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
          .newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Arguments meetings(String criterion, Object value) {
    return Arguments.of(
        "meeting " + criterion,
        MEETING.ID,
        MeetingConditions.of(only(MeetingFilter.class, criterion, value)));
  }

  private static Arguments negotiations(String criterion, Object value) {
    return Arguments.of(
        "negotiation " + criterion,
        NEGOTIATION.ID,
        NegotiationConditions.of(only(NegotiationFilter.class, criterion, value)));
  }

  private static Arguments agreements(String criterion, Object value) {
    return Arguments.of(
        "agreement " + criterion,
        AGREEMENT.ID,
        AgreementConditions.of(only(AgreementFilter.class, criterion, value)));
  }

  static Stream<Arguments> filters() {
    PartyId party = new PartyId(1);
    return Stream.of(
        meetings("parties", List.of(party)),
        meetings("participants", List.of(new PersonId(1))),
        meetings("offices", List.of(new OfficeId(1))),
        meetings("topics", List.of("economy")),
        meetings("from", LocalDate.of(2025, 1, 1)),
        meetings("city", "Almaty"),
        meetings("country", party),
        meetings("kinds", Set.of(MeetingKind.SUMMIT)),
        meetings("statuses", Set.of(MeetingStatus.HELD)),
        meetings("text", "visa"),
        negotiations("parties", List.of(party)),
        negotiations("topics", List.of("mobility")),
        negotiations("text", "visa"),
        negotiations("subject", "visa"),
        negotiations("launchedFrom", LocalDate.of(2025, 1, 1)),
        agreements("parties", List.of(party)),
        agreements("kinds", Set.of(AgreementKind.TRADE)),
        agreements("signedFrom", LocalDate.of(2015, 1, 1)),
        agreements("inForceTo", LocalDate.of(2021, 1, 1)),
        agreements("text", "partnership"));
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

  /**
   * Kinds and statuses reach PostgreSQL written into the SQL, so that the plan it keeps for a
   * prepared statement knows them (Columns.isAnyOf); what a client types stays a bound value.
   */
  @Test
  void kindsAndStatuses_areWrittenIntoTheStatement_whatClientsTypeIsBound() {
    String launched =
        sql(
            NEGOTIATION.ID,
            NegotiationConditions.of(
                only(NegotiationFilter.class, "status", NegotiationStatus.LAUNCHED)));
    assertThat(launched).contains("'LAUNCHED'", "'ROUND_HELD'", "'RESUMED'").doesNotContain("?");

    String summits =
        sql(
            MEETING.ID,
            MeetingConditions.of(only(MeetingFilter.class, "kinds", Set.of(MeetingKind.SUMMIT)))
                .and(MeetingConditions.of(only(MeetingFilter.class, "city", "Almaty', 'SUMMIT"))));
    assertThat(summits).contains("'SUMMIT'").doesNotContain("Almaty").contains("?");
  }

  private String sql(TableField<?, Long> id, Condition condition) {
    return db.render(db.select(id).from(id.getTable()).where(condition));
  }
}
