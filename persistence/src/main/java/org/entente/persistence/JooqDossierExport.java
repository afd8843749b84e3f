package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.AGREEMENT;
import static org.entente.persistence.jooq.Tables.MEETING;
import static org.entente.persistence.jooq.Tables.NEGOTIATION;
import static org.entente.persistence.jooq.Tables.PARTY;
import static org.entente.persistence.jooq.Tables.TOPIC;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementFilter;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.DossierExport;
import org.entente.domain.dossier.ExportedDossier;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingFilter;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Participant;
import org.entente.domain.meeting.Place;
import org.entente.domain.meeting.Statement;
import org.entente.domain.negotiation.NegotiatingParty;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationFilter;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.RegionId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.source.Citation;
import org.entente.domain.source.SourceId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Dossiers out of PostgreSQL, a dozen set-based statements whatever their size: one for each kind
 * of record, the agreements, parties and topics with those they lead to (replaced agreements,
 * parent parties and topics) by recursive queries. Every list is in ID order, so that the records
 * an import writes keep the order they had.
 */
final class JooqDossierExport implements DossierExport {

  private final DSLContext db;

  JooqDossierExport(DSLContext db) {
    this.db = db;
  }

  /**
   * Reads the dossier in one read-only transaction that sees the database as of its first read: an
   * edit committed between two of its statements would otherwise be half in it, a record naming
   * another that the export read before it existed, or after it was gone.
   */
  @Override
  public Dossier export(List<PartyId> asked) {
    return db.transactionResult(
        transaction -> {
          transaction.dsl().execute("set transaction isolation level repeatable read, read only");
          return new JooqDossierExport(transaction.dsl()).read(asked);
        });
  }

  private Dossier read(List<PartyId> asked) {
    List<Long> parties = asked.stream().map(PartyId::value).distinct().toList();
    List<PartyId> askedFor = parties.stream().map(PartyId::new).toList();
    List<Meeting> meetings =
        db.select(JooqMeetings.MEETING_ROW)
            .from(MEETING)
            .where(MeetingConditions.of(MeetingFilter.between(askedFor)))
            .orderBy(MEETING.ID)
            .fetch(Record1::value1);
    List<Negotiation> negotiations =
        db.select(JooqNegotiations.NEGOTIATION_ROW)
            .from(NEGOTIATION)
            .where(NegotiationConditions.of(NegotiationFilter.between(askedFor)))
            .orderBy(NEGOTIATION.ID)
            .fetch(Record1::value1);
    List<Agreement> agreements =
        agreements(
            AgreementConditions.of(AgreementFilter.between(askedFor))
                .or(
                    AGREEMENT.ID.in(
                        ids(
                            negotiations.stream().map(Negotiation::agreementId),
                            AgreementId::value))));

    // Meetings that steps were taken at, outside the parties' own.
    Set<MeetingId> atMeetings = new LinkedHashSet<>();
    negotiations.forEach(
        negotiation ->
            negotiation.steps().forEach(step -> atMeetings.add(step.facts().meetingId())));
    atMeetings.remove(null);
    meetings.forEach(meeting -> atMeetings.remove(meeting.id()));
    if (!atMeetings.isEmpty()) {
      meetings =
          Stream.concat(meetings.stream(), new JooqMeetings(db).byIds(atMeetings).values().stream())
              .sorted(Comparator.comparingLong(meeting -> meeting.id().value()))
              .toList();
    }
    Map<MeetingId, List<Statement>> statements =
        new JooqStatements(db).madeAt(meetings.stream().map(Meeting::id).toList());

    Set<PersonId> people = new LinkedHashSet<>();
    Set<OfficeId> offices = new LinkedHashSet<>();
    Set<String> held = new HashSet<>();
    for (Meeting meeting : meetings) {
      for (Participant participant : meeting.participants()) {
        people.add(participant.personId());
        if (participant.officeId() != null) {
          offices.add(participant.officeId());
          held.add(participant.personId().value() + "/" + participant.officeId().value());
        }
      }
    }
    statements.values().forEach(made -> made.forEach(said -> people.add(said.personId())));
    agreements.forEach(
        agreement -> agreement.actions().forEach(action -> people.add(action.facts().personId())));
    people.remove(null);
    // The tenures that make each participant's office theirs on the meeting's date.
    List<Tenure> tenures =
        new JooqTenures(db)
            .ofPeople(people).values().stream()
                .flatMap(List::stream)
                .filter(
                    tenure ->
                        held.contains(tenure.personId().value() + "/" + tenure.officeId().value()))
                .sorted(Comparator.comparingLong(tenure -> tenure.id().value()))
                .toList();
    List<Office> officesNamed =
        sorted(new JooqOffices(db).byIds(offices), Office::id, OfficeId::value);

    Set<Long> partiesNamed = new LinkedHashSet<>(parties);
    meetings.forEach(meeting -> partiesOf(meeting, partiesNamed));
    officesNamed.forEach(office -> partiesNamed.add(office.partyId().value()));
    agreements.forEach(agreement -> partiesOf(agreement, partiesNamed));
    negotiations.forEach(negotiation -> partiesOf(negotiation, partiesNamed));
    partiesNamed.remove(null);
    List<Party> partyRecords =
        withAncestors(PARTY, PARTY.ID, PARTY.PARENT_ID, partiesNamed, JooqParties.PARTY_ROW);
    Set<Long> found = new HashSet<>();
    partyRecords.forEach(party -> found.add(party.id().value()));
    if (!found.containsAll(parties)) {
      throw new RuleViolation("NOT_FOUND", "there is no party with this ID").at("parties");
    }

    Set<TopicId> topicsNamed = new LinkedHashSet<>();
    meetings.forEach(meeting -> topicsNamed.addAll(meeting.topicIds()));
    statements.values().forEach(made -> made.forEach(said -> topicsNamed.addAll(said.topicIds())));
    negotiations.forEach(negotiation -> topicsNamed.addAll(negotiation.topicIds()));
    List<Topic> topics =
        withAncestors(
            TOPIC,
            TOPIC.ID,
            TOPIC.PARENT_ID,
            ids(topicsNamed.stream(), TopicId::value),
            JooqTopics.TOPIC_ROW);

    Set<SourceId> sources = new LinkedHashSet<>();
    meetings.forEach(meeting -> cited(meeting.citations(), sources));
    statements.values().forEach(made -> made.forEach(said -> cited(said.citations(), sources)));
    tenures.forEach(tenure -> cited(tenure.citations(), sources));
    for (Agreement agreement : agreements) {
      cited(agreement.citations(), sources);
      agreement.actions().forEach(action -> cited(action.facts().citations(), sources));
    }
    for (Negotiation negotiation : negotiations) {
      cited(negotiation.citations(), sources);
      negotiation.steps().forEach(step -> cited(step.facts().citations(), sources));
    }

    Set<RegionId> regions = new HashSet<>();
    agreements.forEach(agreement -> regions.add(agreement.firstInRegionId()));
    regions.remove(null);

    return ExportedDossier.of(
        askedFor,
        new ExportedDossier.Records(
            topics,
            sorted(new JooqSources(db).byIds(sources), source -> source.id(), SourceId::value),
            partyRecords,
            sorted(new JooqPeople(db).byIds(people), person -> person.id(), PersonId::value),
            officesNamed,
            tenures,
            meetings,
            statements,
            agreements,
            negotiations,
            regions.isEmpty() ? Map.of() : new JooqParties(db).regions(regions)));
  }

  private static <I> Set<Long> ids(Stream<I> ids, ToLongFunction<I> value) {
    Set<Long> keys = new LinkedHashSet<>();
    ids.filter(Objects::nonNull).forEach(id -> keys.add(value.applyAsLong(id)));
    return keys;
  }

  private static <T, I> List<T> sorted(
      Map<I, T> records, Function<T, I> id, ToLongFunction<I> value) {
    return records.values().stream()
        .sorted(Comparator.comparingLong(record -> value.applyAsLong(id.apply(record))))
        .toList();
  }

  /** The agreements that match, with every agreement they replace, however far back. */
  private List<Agreement> agreements(Condition matching) {
    var replaced = AGREEMENT.as("replaced");
    CommonTableExpression<Record1<Long>> wanted =
        name("wanted")
            .fields("id")
            .as(
                select(AGREEMENT.ID)
                    .from(AGREEMENT)
                    .where(matching)
                    .union(
                        select(replaced.REPLACES_ID)
                            .from(replaced)
                            .join(DSL.table(name("wanted")))
                            .on(replaced.ID.eq(DSL.field(name("wanted", "id"), Long.class)))
                            .where(replaced.REPLACES_ID.isNotNull())));
    return db.withRecursive(wanted)
        .select(JooqAgreements.AGREEMENT_ROW)
        .from(AGREEMENT)
        .where(AGREEMENT.ID.in(select(wanted.field("id", Long.class)).from(wanted)))
        .orderBy(AGREEMENT.ID)
        .fetch(Record1::value1);
  }

  /** The rows {@code ids}, with their parents, and theirs, up to the root, in ID order. */
  private <T> List<T> withAncestors(
      Table<?> table,
      TableField<?, Long> id,
      TableField<?, Long> parent,
      Collection<Long> ids,
      SelectField<T> row) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Table<?> child = table.as("child");
    Field<Long> childId = child.field(id);
    Field<Long> childParent = child.field(parent);
    CommonTableExpression<Record1<Long>> line =
        name("line")
            .fields("id")
            .as(
                select(id)
                    .from(table)
                    .where(id.in(ids))
                    .union(
                        select(childParent)
                            .from(child)
                            .join(DSL.table(name("line")))
                            .on(childId.eq(DSL.field(name("line", "id"), Long.class)))
                            .where(childParent.isNotNull())));
    return db.withRecursive(line)
        .select(row)
        .from(table)
        .where(id.in(select(line.field("id", Long.class)).from(line)))
        .orderBy(id)
        .fetch(Record1::value1);
  }

  private static void partiesOf(Meeting meeting, Set<Long> parties) {
    meeting.partyIds().forEach(party -> parties.add(party.value()));
    meeting.participants().forEach(participant -> parties.add(participant.partyId().value()));
    country(meeting.place(), parties);
  }

  private static void partiesOf(Agreement agreement, Set<Long> parties) {
    agreement.partyIds().forEach(party -> parties.add(party.value()));
    for (AgreementAction action : agreement.actions()) {
      ActionFacts facts = action.facts();
      facts.party().ifPresent(party -> parties.add(party.value()));
      country(facts.place(), parties);
    }
  }

  private static void partiesOf(Negotiation negotiation, Set<Long> parties) {
    for (NegotiatingParty side : negotiation.parties()) {
      parties.add(side.partyId().value());
      if (side.negotiatorId() != null) {
        parties.add(side.negotiatorId().value());
      }
    }
    for (NegotiationStep step : negotiation.steps()) {
      if (step instanceof NegotiationStep.MandateGranted mandate) {
        if (mandate.authorisedBy() != null) {
          parties.add(mandate.authorisedBy().value());
        }
        if (mandate.authorised() != null) {
          parties.add(mandate.authorised().value());
        }
      }
    }
  }

  private static void country(Place place, Set<Long> parties) {
    if (place != null && place.countryId() != null) {
      parties.add(place.countryId().value());
    }
  }

  private static void cited(List<Citation> citations, Set<SourceId> sources) {
    citations.forEach(citation -> sources.add(citation.sourceId()));
  }
}
