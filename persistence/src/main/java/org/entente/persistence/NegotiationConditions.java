package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_PARTY;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_STEP;
import static org.entente.persistence.jooq.Tables.NEGOTIATION_TOPIC;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationLifecycle;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.party.PartyId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** A negotiation filter as one SQL condition on {@code negotiation}. */
final class NegotiationConditions {

  private NegotiationConditions() {}

  static Condition of(NegotiationFilter filter) {
    List<Condition> all = new ArrayList<>();
    for (PartyId party : filter.parties()) {
      all.add(
          exists(
              selectOne()
                  .from(NEGOTIATION_PARTY)
                  .where(NEGOTIATION_PARTY.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                  .and(NEGOTIATION_PARTY.PARTY_ID.eq(party.value()))));
    }
    if (!filter.topics().isEmpty()) {
      all.add(
          exists(
              selectOne()
                  .from(NEGOTIATION_TOPIC)
                  .where(NEGOTIATION_TOPIC.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                  .and(NEGOTIATION_TOPIC.TOPIC_ID.in(TopicTrees.withSubtopics(filter.topics())))));
    }
    if (filter.text() != null) {
      all.add(TextSearch.matches(NEGOTIATION.SEARCH, filter.text()));
    }
    if (filter.subject() != null) {
      all.add(TextSearch.inSubject(NEGOTIATION.SUBJECT, filter.subject()));
    }
    if (filter.status() != null) {
      all.add(status(filter));
    }
    // Only a range given becomes a condition: jOOQ's or() drops an operand that is no condition
    // at all, so a filter of none inside an or would have held nothing instead of everything.
    if (filter.launchedFrom() != null || filter.launchedTo() != null) {
      all.add(
          stepWithin(NegotiationStep.Kind.LAUNCHED, filter.launchedFrom(), filter.launchedTo()));
    }
    if (filter.concludedFrom() != null || filter.concludedTo() != null) {
      all.add(
          stepWithin(NegotiationStep.Kind.CONCLUDED, filter.concludedFrom(), filter.concludedTo()));
    }
    filter.and().forEach(nested -> all.add(of(nested)));
    if (!filter.or().isEmpty()) {
      all.add(DSL.or(filter.or().stream().map(NegotiationConditions::of).toList()));
    }
    if (filter.not() != null) {
      all.add(Columns.not(of(filter.not())));
    }
    return DSL.and(all);
  }

  /**
   * The status on a date, as {@link NegotiationLifecycle} derives it: that after the last step that
   * had certainly happened by then (steps before it count, even of unknown date).
   */
  private static Condition status(NegotiationFilter filter) {
    var last = NEGOTIATION_STEP.as("last");
    var dated = NEGOTIATION_STEP.as("dated");
    Condition happened =
        filter.asOf() == null ? DSL.noCondition() : dated.DATE_TO.le(filter.asOf());
    return exists(
        selectOne()
            .from(last)
            .where(last.NEGOTIATION_ID.eq(NEGOTIATION.ID))
            .and(Columns.isAnyOf(last.KIND, NegotiationLifecycle.stepsLeadingTo(filter.status())))
            .and(
                last.ORDINAL.eq(
                    DSL.select(DSL.max(dated.ORDINAL))
                        .from(dated)
                        .where(dated.NEGOTIATION_ID.eq(NEGOTIATION.ID))
                        .and(happened))));
  }

  private static Condition stepWithin(NegotiationStep.Kind kind, LocalDate from, LocalDate to) {
    Condition within = Columns.is(NEGOTIATION_STEP.KIND, kind);
    if (from != null) {
      within = within.and(NEGOTIATION_STEP.DATE_FROM.ge(from));
    }
    if (to != null) {
      within = within.and(NEGOTIATION_STEP.DATE_TO.le(to));
    }
    return exists(
        selectOne()
            .from(NEGOTIATION_STEP)
            .where(NEGOTIATION_STEP.NEGOTIATION_ID.eq(NEGOTIATION.ID))
            .and(within));
  }
}
