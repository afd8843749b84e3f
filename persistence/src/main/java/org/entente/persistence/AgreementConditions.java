package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.AGREEMENT_ACTION;
import static org.entente.persistence.jooq.Tables.AGREEMENT_PARTY;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.domain.agreement.AgreementAction.Kind;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.party.PartyId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** An agreement filter as one SQL condition on {@code agreement}. */
final class AgreementConditions {

  /**
   * The actions that change an agreement's status once it is signed, besides suspending it whole.
   */
  private static final List<Kind> CHANGES =
      List.of(Kind.PROVISIONALLY_APPLIED, Kind.ENTERED_INTO_FORCE, Kind.TERMINATED);

  private AgreementConditions() {}

  static Condition of(AgreementFilter filter) {
    List<Condition> all = new ArrayList<>();
    for (PartyId party : filter.parties()) {
      all.add(
          exists(
              selectOne()
                  .from(AGREEMENT_PARTY)
                  .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(AGREEMENT.ID))
                  .and(AGREEMENT_PARTY.PARTY_ID.eq(party.value()))));
    }
    if (!filter.kinds().isEmpty()) {
      all.add(Columns.isAnyOf(AGREEMENT.KIND, filter.kinds()));
    }
    if (filter.text() != null) {
      all.add(TextSearch.matches(AGREEMENT.SEARCH, filter.text()));
    }
    if (filter.signedFrom() != null || filter.signedTo() != null) {
      all.add(actionWithin(Kind.SIGNED, filter.signedFrom(), filter.signedTo()));
    }
    if (filter.inForceFrom() != null || filter.inForceTo() != null) {
      all.add(actionWithin(Kind.ENTERED_INTO_FORCE, filter.inForceFrom(), filter.inForceTo()));
    }
    if (filter.status() != null) {
      all.add(status(filter));
    }
    filter.and().forEach(nested -> all.add(of(nested)));
    if (!filter.or().isEmpty()) {
      all.add(DSL.or(filter.or().stream().map(AgreementConditions::of).toList()));
    }
    if (filter.not() != null) {
      all.add(Columns.not(of(filter.not())));
    }
    return DSL.and(all);
  }

  /** An action of this kind whose whole date lies within [from, to]; either end may be open. */
  private static Condition actionWithin(Kind kind, LocalDate from, LocalDate to) {
    Condition within = Columns.is(AGREEMENT_ACTION.KIND, kind);
    if (from != null) {
      within = within.and(AGREEMENT_ACTION.DATE_FROM.ge(from));
    }
    if (to != null) {
      within = within.and(AGREEMENT_ACTION.DATE_TO.le(to));
    }
    return exists(
        selectOne()
            .from(AGREEMENT_ACTION)
            .where(AGREEMENT_ACTION.AGREEMENT_ID.eq(AGREEMENT.ID))
            .and(within));
  }

  /**
   * The overall status on a date, as AgreementLifecycle folds it. The actions that count are those
   * up to the last one certainly in effect by then (earlier ones of unknown date included), short
   * of any recorded to take effect only later. Of those, the last that changes the overall status
   * (provisional application, entry into force, suspension of the whole, termination) sets it;
   * failing one, SIGNED once anyone has signed, else NOT_SIGNED.
   */
  private static Condition status(AgreementFilter filter) {
    var counted = AGREEMENT_ACTION.as("counted");
    var later = AGREEMENT_ACTION.as("later");
    Field<Integer> cutoff = cutoff(filter);
    Condition changes =
        Columns.isAnyOf(counted.KIND, CHANGES)
            .or(Columns.is(counted.KIND, Kind.SUSPENDED).and(counted.PARTY_ID.isNull()));
    Condition laterChanges =
        Columns.isAnyOf(later.KIND, CHANGES)
            .or(Columns.is(later.KIND, Kind.SUSPENDED).and(later.PARTY_ID.isNull()));
    Condition countedChange =
        counted.AGREEMENT_ID.eq(AGREEMENT.ID).and(counted.ORDINAL.le(cutoff)).and(changes);
    Condition isLastChange =
        notExists(
            selectOne()
                .from(later)
                .where(later.AGREEMENT_ID.eq(AGREEMENT.ID))
                .and(later.ORDINAL.gt(counted.ORDINAL))
                .and(later.ORDINAL.le(cutoff))
                .and(laterChanges));
    Condition signed =
        exists(
            selectOne()
                .from(counted)
                .where(counted.AGREEMENT_ID.eq(AGREEMENT.ID))
                .and(counted.ORDINAL.le(cutoff))
                .and(Columns.is(counted.KIND, Kind.SIGNED)));
    Condition anyChange = exists(selectOne().from(counted).where(countedChange));
    return switch (filter.status()) {
      case NOT_SIGNED -> DSL.not(signed);
      case SIGNED -> signed.and(DSL.not(anyChange));
      case PROVISIONALLY_APPLIED ->
          lastChangeIs(counted, countedChange, isLastChange, Kind.PROVISIONALLY_APPLIED);
      case IN_FORCE -> lastChangeIs(counted, countedChange, isLastChange, Kind.ENTERED_INTO_FORCE);
      case SUSPENDED -> lastChangeIs(counted, countedChange, isLastChange, Kind.SUSPENDED);
      case TERMINATED -> lastChangeIs(counted, countedChange, isLastChange, Kind.TERMINATED);
    };
  }

  private static Condition lastChangeIs(
      org.entente.persistence.jooq.tables.AgreementAction counted,
      Condition countedChange,
      Condition isLastChange,
      Kind kind) {
    return exists(
        selectOne()
            .from(counted)
            .where(countedChange)
            .and(isLastChange)
            .and(Columns.is(counted.KIND, kind)));
  }

  /**
   * The ordinal of the last action that counts on the filter's date (all of them without a date).
   */
  private static Field<Integer> cutoff(AgreementFilter filter) {
    var action = AGREEMENT_ACTION.as("effective");
    var pending = AGREEMENT_ACTION.as("pending");
    if (filter.asOf() == null) {
      return DSL.field(
          DSL.select(DSL.max(action.ORDINAL))
              .from(action)
              .where(action.AGREEMENT_ID.eq(AGREEMENT.ID)));
    }
    Field<Integer> lastInEffect =
        DSL.field(
            DSL.select(DSL.max(action.ORDINAL))
                .from(action)
                .where(action.AGREEMENT_ID.eq(AGREEMENT.ID))
                .and(effective(action, action.EFFECTIVE_TO, action.DATE_TO).le(filter.asOf())));
    Field<Integer> firstPending =
        DSL.field(
            DSL.select(DSL.min(pending.ORDINAL))
                .from(pending)
                .where(pending.AGREEMENT_ID.eq(AGREEMENT.ID))
                .and(pending.ORDINAL.le(lastInEffect))
                .and(
                    effective(pending, pending.EFFECTIVE_FROM, pending.DATE_FROM)
                        .gt(filter.asOf())));
    return DSL.least(lastInEffect, DSL.coalesce(firstPending.minus(1), lastInEffect));
  }

  /**
   * An end of the date an action takes effect, as ActionFacts.effectiveDate gives it: the date it
   * was taken when no other is recorded. A date of effect recorded as unknown stays unknown (NULL);
   * it is not the date the action was taken.
   */
  private static Field<LocalDate> effective(
      org.entente.persistence.jooq.tables.AgreementAction action,
      Field<LocalDate> effectiveEnd,
      Field<LocalDate> takenEnd) {
    return DSL.when(action.EFFECTIVE_PRECISION.isNull(), takenEnd).otherwise(effectiveEnd);
  }
}
