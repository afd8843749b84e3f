package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.REGION;
import static org.entente.persistence.jooq.Tables.TOPIC;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.Dossier.CitationEntry;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Participant;
import org.entente.domain.meeting.Place;
import org.entente.domain.meeting.Statement;
import org.entente.domain.negotiation.NegotiatingParty;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.StepFacts;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.IsoCodes;
import org.entente.domain.party.Party;
import org.entente.domain.party.PartyId;
import org.entente.domain.party.Region;
import org.entente.domain.party.RegionId;
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.topic.TopicId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Writes a dossier in one transaction. Each entry becomes a domain record first, so every rule of
 * the domain is checked before its row is written; a problem names the entry and field it is in and
 * rolls back everything.
 */
final class JooqDossierImport implements DossierImport {

  private final DSLContext db;

  JooqDossierImport(DSLContext db) {
    this.db = db;
  }

  @Override
  public Summary importDossier(Dossier dossier) {
    return db.transactionResult(transaction -> new Run(transaction.dsl(), dossier).write());
  }

  /** One import: the keys resolved so far, and the transaction to write in. */
  private static final class Run {
    private final DSLContext db;
    private final Dossier dossier;
    private final Map<String, SourceId> sources = new HashMap<>();
    private final Map<String, PartyId> parties = new HashMap<>();
    private final Map<String, PersonId> people = new HashMap<>();
    private final Map<String, Office> offices = new HashMap<>();
    private final Map<String, MeetingId> meetings = new HashMap<>();
    private final Map<String, AgreementId> agreements = new HashMap<>();
    private final Map<String, Long> codes = new HashMap<>();
    private String at = "";

    Run(DSLContext db, Dossier dossier) {
      this.db = db;
      this.dossier = dossier;
    }

    Summary write() {
      for (int i = 0; i < dossier.sources().size(); i++) {
        at = "sources[" + i + "]";
        guarded(dossier.sources().get(i), this::writeSource);
      }
      // Parents come before the institutions that belong to them.
      List<Dossier.PartyEntry> pending = new ArrayList<>(dossier.parties());
      while (!pending.isEmpty()) {
        Dossier.PartyEntry next =
            pending.stream()
                .filter(entry -> entry.parent() == null || parties.containsKey(entry.parent()))
                .findFirst()
                .orElse(pending.get(0));
        at = "parties[" + dossier.parties().indexOf(next) + "]";
        guarded(next, this::writeParty);
        pending.remove(next);
      }
      for (int i = 0; i < dossier.people().size(); i++) {
        at = "people[" + i + "]";
        guarded(dossier.people().get(i), this::writePerson);
      }
      for (int i = 0; i < dossier.offices().size(); i++) {
        at = "offices[" + i + "]";
        guarded(dossier.offices().get(i), this::writeOffice);
      }
      for (int i = 0; i < dossier.tenures().size(); i++) {
        at = "tenures[" + i + "]";
        guarded(dossier.tenures().get(i), this::writeTenure);
      }
      for (int i = 0; i < dossier.meetings().size(); i++) {
        at = "meetings[" + i + "]";
        guarded(dossier.meetings().get(i), this::writeMeeting);
      }
      for (int i = 0; i < dossier.agreements().size(); i++) {
        at = "agreements[" + i + "]";
        guarded(dossier.agreements().get(i), this::writeAgreement);
      }
      for (int i = 0; i < dossier.negotiations().size(); i++) {
        at = "negotiations[" + i + "]";
        guarded(dossier.negotiations().get(i), this::writeNegotiation);
      }
      return new Summary(
          parties.size(),
          people.size(),
          meetings.size(),
          dossier.negotiations().size(),
          agreements.size());
    }

    private <T> void guarded(T entry, Consumer<T> write) {
      try {
        write.accept(entry);
      } catch (RuleViolation violation) {
        throw new RuleViolation(
            violation.code(), at + ": " + field(violation.path()) + violation.getMessage());
      } catch (IllegalArgumentException | NullPointerException invalid) {
        throw new RuleViolation("INVALID_DOSSIER", at + ": " + invalid.getMessage());
      }
    }

    /** A violation's path as the dossier names fields, {@code steps[2].kind: }; none if empty. */
    private static String field(List<String> path) {
      StringBuilder field = new StringBuilder();
      for (String part : path) {
        if (part.chars().allMatch(Character::isDigit)) {
          field.append('[').append(part).append(']');
        } else {
          field.append(field.isEmpty() ? "" : ".").append(part);
        }
      }
      return field.isEmpty() ? "" : field + ": ";
    }

    private <I> I resolve(Map<String, I> keys, String key, String field, String what) {
      if (key == null) {
        return null;
      }
      I id = keys.get(key);
      if (id == null) {
        throw new RuleViolation(
            "UNKNOWN_REFERENCE", field + ": no " + what + " '" + key + "' in the dossier");
      }
      return id;
    }

    private <I> I required(Map<String, I> keys, String key, String field, String what) {
      if (key == null) {
        throw new RuleViolation("INVALID_DOSSIER", field + ": the " + what + " is required");
      }
      return resolve(keys, key, field, what);
    }

    private static void requireKey(String key, Map<String, ?> seen) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("key: every entry needs a key");
      }
      if (seen.containsKey(key)) {
        throw new RuleViolation("DUPLICATE_KEY", "key: '" + key + "' is used twice");
      }
    }

    private TopicId topic(String code, String field) {
      return new TopicId(reference(TOPIC, TOPIC.ID, TOPIC.CODE, code, field, "topic"));
    }

    private RegionId region(String code, String field) {
      return new RegionId(reference(REGION, REGION.ID, REGION.CODE, code, field, "region"));
    }

    /** The id of reference data by its code, looked up once per import. */
    private long reference(
        Table<?> table,
        Field<Long> id,
        Field<String> column,
        String code,
        String field,
        String what) {
      Long found =
          codes.computeIfAbsent(
              what + ":" + code,
              key -> db.select(id).from(table).where(column.eq(code)).fetchOne(id));
      if (found == null) {
        throw new RuleViolation(
            "UNKNOWN_REFERENCE", field + ": no " + what + " with the code '" + code + "'");
      }
      return found;
    }

    private List<Citation> citations(List<CitationEntry> entries, String field) {
      List<Citation> citations = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        CitationEntry entry = entries.get(i);
        citations.add(
            new Citation(
                null,
                required(sources, entry.source(), field + "[" + i + "].source", "source"),
                entry.passage()));
      }
      return citations;
    }

    private void writeCitations(
        List<Citation> citations, TableField<?, Long> subject, long subjectId) {
      CitationRows.insert(db, subject, subjectId, citations);
    }

    private void writeSource(Dossier.SourceEntry entry) {
      requireKey(entry.key(), sources);
      Source source =
          new Source(
              null,
              entry.publisher(),
              entry.title(),
              entry.url() == null ? null : URI.create(entry.url()),
              entry.language(),
              entry.published() == null ? PartialDate.unknown() : entry.published(),
              entry.retrievedOn());
      sources.put(entry.key(), new JooqSources(db).add(source));
    }

    private void writeParty(Dossier.PartyEntry entry) {
      requireKey(entry.key(), parties);
      Map<String, Region> known = new JooqParties(db).regionsByCode(entry.regions());
      List<Region> regions = new ArrayList<>();
      for (int i = 0; i < entry.regions().size(); i++) {
        Region region = known.get(entry.regions().get(i));
        if (region == null) {
          throw new RuleViolation(
              "UNKNOWN_REFERENCE",
              "regions[" + i + "]: no region with the code '" + entry.regions().get(i) + "'");
        }
        regions.add(region);
      }
      Party party =
          new Party(
              null,
              entry.kind(),
              entry.name(),
              entry.shortName(),
              entry.iso() == null
                  ? null
                  : new IsoCodes(entry.iso().alpha2(), entry.iso().alpha3(), entry.iso().numeric()),
              resolve(parties, entry.parent(), "parent", "party"),
              regions,
              entry.identifiers());
      parties.put(entry.key(), new JooqParties(db).add(party));
    }

    private void writePerson(Dossier.PersonEntry entry) {
      requireKey(entry.key(), people);
      Person person = new Person(null, entry.name(), entry.aliases(), entry.identifiers());
      people.put(entry.key(), new JooqPeople(db).add(person));
    }

    private void writeOffice(Dossier.OfficeEntry entry) {
      requireKey(entry.key(), offices);
      Office office =
          new Office(
              null,
              entry.name(),
              required(parties, entry.party(), "party", "party"),
              entry.singleHolder(),
              entry.identifiers());
      OfficeId id = new JooqOffices(db).add(office);
      offices.put(
          entry.key(),
          new Office(
              id, office.name(), office.partyId(), office.singleHolder(), office.identifiers()));
    }

    private void writeTenure(Dossier.TenureEntry entry) {
      Office office = required(offices, entry.office(), "office", "office");
      Tenure tenure =
          new Tenure(
              null,
              required(people, entry.person(), "person", "person"),
              office.id(),
              entry.start() == null ? PartialDate.unknown() : entry.start(),
              entry.end(),
              citations(entry.citations(), "citations"));
      new JooqTenures(db).add(tenure);
    }

    private Place place(Dossier.PlaceEntry entry, String field) {
      return entry == null
          ? null
          : new Place(entry.city(), resolve(parties, entry.country(), field + ".country", "party"));
    }

    private void writeMeeting(Dossier.MeetingEntry entry) {
      requireKey(entry.key(), meetings);
      List<PartyId> sides = new ArrayList<>();
      for (int i = 0; i < entry.parties().size(); i++) {
        sides.add(required(parties, entry.parties().get(i), "parties[" + i + "]", "party"));
      }
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < entry.participants().size(); i++) {
        Dossier.ParticipantEntry participant = entry.participants().get(i);
        String field = "participants[" + i + "]";
        Office office = resolve(offices, participant.office(), field + ".office", "office");
        participants.add(
            new Participant(
                required(people, participant.person(), field + ".person", "person"),
                participant.role(),
                office == null ? null : office.id(),
                required(parties, participant.party(), field + ".party", "party")));
      }
      List<TopicId> topics = new ArrayList<>();
      for (int i = 0; i < entry.topics().size(); i++) {
        topics.add(topic(entry.topics().get(i), "topics[" + i + "]"));
      }
      MeetingId id =
          new JooqMeetings(db)
              .add(
                  new Meeting(
                      null,
                      entry.title(),
                      entry.kind(),
                      entry.status(),
                      entry.date() == null ? PartialDate.unknown() : entry.date(),
                      place(entry.place(), "place"),
                      entry.summary(),
                      sides,
                      participants,
                      topics,
                      entry.outcomes(),
                      citations(entry.citations(), "citations")));
      meetings.put(entry.key(), id);
      for (int i = 0; i < entry.statements().size(); i++) {
        String field = "statements[" + i + "]";
        Dossier.StatementEntry statement = entry.statements().get(i);
        List<TopicId> statementTopics = new ArrayList<>();
        for (int t = 0; t < statement.topics().size(); t++) {
          statementTopics.add(topic(statement.topics().get(t), field + ".topics[" + t + "]"));
        }
        try {
          new JooqStatements(db)
              .add(
                  new Statement(
                      null,
                      id,
                      required(people, statement.person(), field + ".person", "person"),
                      statement.kind(),
                      statement.text(),
                      statementTopics,
                      citations(statement.citations(), field + ".citations")),
                  OptionalLong.empty());
        } catch (RuleViolation violation) {
          throw violation.at("statements", String.valueOf(i));
        }
      }
    }

    private void writeAgreement(Dossier.AgreementEntry entry) {
      requireKey(entry.key(), agreements);
      List<PartyId> sides = new ArrayList<>();
      for (int i = 0; i < entry.parties().size(); i++) {
        sides.add(required(parties, entry.parties().get(i), "parties[" + i + "]", "party"));
      }
      List<AgreementAction> actions = new ArrayList<>();
      for (int i = 0; i < entry.actions().size(); i++) {
        Dossier.ActionEntry action = entry.actions().get(i);
        String field = "actions[" + i + "]";
        actions.add(
            AgreementAction.of(
                action.kind(),
                new ActionFacts(
                    null,
                    resolve(parties, action.party(), field + ".party", "party"),
                    resolve(people, action.person(), field + ".person", "person"),
                    action.date() == null ? PartialDate.unknown() : action.date(),
                    action.effective(),
                    place(action.place(), field + ".place"),
                    action.note(),
                    citations(action.citations(), field + ".citations"))));
      }
      Agreement agreement =
          new Agreement(
              null,
              entry.title(),
              entry.shortTitle(),
              entry.kind(),
              entry.summary(),
              sides,
              actions,
              resolve(agreements, entry.replaces(), "replaces", "agreement"),
              entry.firstInRegion() == null ? null : region(entry.firstInRegion(), "firstInRegion"),
              entry.identifiers(),
              citations(entry.citations(), "citations"));
      agreements.put(entry.key(), new JooqAgreements(db).add(agreement));
    }

    private void writeNegotiation(Dossier.NegotiationEntry entry) {
      List<NegotiatingParty> sides = new ArrayList<>();
      for (int i = 0; i < entry.parties().size(); i++) {
        Dossier.NegotiatingPartyEntry side = entry.parties().get(i);
        String field = "parties[" + i + "]";
        sides.add(
            new NegotiatingParty(
                required(parties, side.party(), field + ".party", "party"),
                resolve(parties, side.negotiator(), field + ".negotiator", "party")));
      }
      List<TopicId> topics = new ArrayList<>();
      for (int i = 0; i < entry.topics().size(); i++) {
        topics.add(topic(entry.topics().get(i), "topics[" + i + "]"));
      }
      List<NegotiationStep> steps = new ArrayList<>();
      for (int i = 0; i < entry.steps().size(); i++) {
        Dossier.StepEntry step = entry.steps().get(i);
        String field = "steps[" + i + "]";
        steps.add(
            NegotiationStep.of(
                step.kind(),
                new StepFacts(
                    null,
                    step.date() == null ? PartialDate.unknown() : step.date(),
                    resolve(meetings, step.meeting(), field + ".meeting", "meeting"),
                    step.note(),
                    citations(step.citations(), field + ".citations")),
                step.round(),
                resolve(parties, step.authorisedBy(), field + ".authorisedBy", "party"),
                resolve(parties, step.authorised(), field + ".authorised", "party"),
                step.directives()));
      }
      TargetDate target =
          new TargetDate(
              entry.target(), entry.target() == TargetDate.Setting.SET ? entry.targetDate() : null);
      Negotiation negotiation =
          new Negotiation(
              null,
              entry.title(),
              entry.subject(),
              sides,
              topics,
              steps,
              target,
              resolve(agreements, entry.agreement(), "agreement", "agreement"),
              citations(entry.citations(), "citations"));
      new JooqNegotiations(db).add(negotiation);
    }
  }
}
