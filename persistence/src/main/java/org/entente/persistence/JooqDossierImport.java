package org.entente.persistence;

import static org.entente.persistence.jooq.Tables.DOSSIER_ENTRY;
import static org.entente.persistence.jooq.Tables.TOPIC;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.Dossier.CitationEntry;
import org.entente.domain.dossier.DossierCheck;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.dossier.DossierProblem;
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
import org.entente.domain.person.Office;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.revision.RecordKind;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Imports a dossier in one transaction, in two passes. The first checks the whole dossier without
 * writing ({@link DossierCheck}, with the codes the record has); the second writes each entry not
 * yet imported under the dossier's name through the collections' own {@code add}, so that every
 * rule they keep holds here too. An entry that the record refuses (a value another record already
 * has, say) rolls the import back; the dossier is then written again in a transaction that is
 * always rolled back, each entry under a savepoint, so that the refusal is a problem at its
 * location, the entries that refer to it are left out, and the others are still tried: one import
 * reports every such problem.
 */
final class JooqDossierImport implements DossierImport {

  private final DSLContext db;

  JooqDossierImport(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<DossierProblem> check(Dossier dossier) {
    return DossierCheck.check(
        dossier, topicsOnRecord(db, dossier).keySet(), regionsOnRecord(db, dossier).keySet());
  }

  @Override
  public Outcome importDossier(Dossier dossier, String actor) {
    List<DossierProblem> problems = check(dossier);
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    try {
      return Outcome.imported(
          db.transactionResult(transaction -> run(transaction.dsl(), dossier, actor, false)));
    } catch (Refused refused) {
      // Written again entry by entry, each under a savepoint, to find every refusal; rolled back.
      try {
        db.transactionResult(transaction -> run(transaction.dsl(), dossier, actor, true));
      } catch (Refused all) {
        return Outcome.refused(DossierProblem.merged(List.of(), List.of(), all.problems));
      }
      return Outcome.refused(refused.problems);
    }
  }

  /**
   * Writes the dossier in the transaction {@code tx}; refused at the first entry the record
   * refuses, or, {@code throughout}, with every one of them once all entries were tried.
   */
  private static Summary run(DSLContext tx, Dossier dossier, String actor, boolean throughout) {
    tx.select(
            DSL.function(
                "set_config",
                String.class,
                DSL.val("entente.actor"),
                DSL.val(actor),
                DSL.inline(true)))
        .fetch();
    // One import of a dossier at a time: the second sees what the first imported.
    tx.query(
            "select pg_advisory_xact_lock(hashtextextended({0}, 0))",
            DSL.val("dossier:" + dossier.name()))
        .execute();
    Run run = new Run(tx, dossier, throughout);
    Summary summary = run.write();
    if (!run.problems.isEmpty()) {
      throw new Refused(run.problems);
    }
    return summary;
  }

  /** The problems that rolled an import back. */
  private static final class Refused extends RuntimeException {
    private final transient List<DossierProblem> problems;

    Refused(List<DossierProblem> problems) {
      super("the dossier has problems", null, false, false);
      this.problems = problems;
    }
  }

  /** An entry left out because an entry it refers to could not be written. */
  private static final class Skipped extends RuntimeException {
    Skipped() {
      super(null, null, false, false);
    }
  }

  /** The topics the dossier names by code that the record has, by code. */
  private static Map<String, Long> topicsOnRecord(DSLContext db, Dossier dossier) {
    Set<String> codes = new HashSet<>();
    dossier.topics().forEach(topic -> codes.addAll(nonNull(topic.code(), topic.parent())));
    dossier.meetings().forEach(meeting -> codes.addAll(meeting.topics()));
    dossier.meetings().stream()
        .flatMap(meeting -> meeting.statements().stream())
        .forEach(statement -> codes.addAll(statement.topics()));
    dossier.negotiations().forEach(negotiation -> codes.addAll(negotiation.topics()));
    codes.remove(null);
    return db.select(TOPIC.CODE, TOPIC.ID)
        .from(TOPIC)
        .where(TOPIC.CODE.in(codes))
        .fetchMap(TOPIC.CODE, TOPIC.ID);
  }

  /** The regions the dossier names by code that the record has, by code. */
  private static Map<String, Region> regionsOnRecord(DSLContext db, Dossier dossier) {
    Set<String> codes = new HashSet<>();
    dossier.parties().forEach(party -> codes.addAll(party.regions()));
    dossier.agreements().forEach(agreement -> codes.addAll(nonNull(agreement.firstInRegion())));
    codes.remove(null);
    return new JooqParties(db).regionsByCode(codes);
  }

  private static List<String> nonNull(String... values) {
    return Stream.of(values).filter(value -> value != null).toList();
  }

  /** One import: what each key stands for, and the transaction to write in. */
  private static final class Run {
    private final DSLContext db;
    private final Dossier dossier;
    private final Map<RecordKind, Map<String, Long>> ids = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Set<String>> failed = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Integer> written = new EnumMap<>(RecordKind.class);
    private final List<DossierProblem> problems = new ArrayList<>();
    private final List<Object[]> imported = new ArrayList<>();
    private final Map<String, Long> topicsOnRecord;
    private final Map<String, Region> regions;
    private final boolean throughout;
    private int skipped;

    Run(DSLContext db, Dossier dossier, boolean throughout) {
      this.db = db;
      this.dossier = dossier;
      this.throughout = throughout;
      for (RecordKind kind : RecordKind.values()) {
        ids.put(kind, new HashMap<>());
        failed.put(kind, new HashSet<>());
      }
      db.select(DOSSIER_ENTRY.KIND, DOSSIER_ENTRY.KEY, DOSSIER_ENTRY.RECORD_ID)
          .from(DOSSIER_ENTRY)
          .where(DOSSIER_ENTRY.DOSSIER.eq(dossier.name()))
          .forEach(
              entry ->
                  ids.get(RecordKind.valueOf(entry.value1())).put(entry.value2(), entry.value3()));
      this.topicsOnRecord = topicsOnRecord(db, dossier);
      this.regions = regionsOnRecord(db, dossier);
    }

    Summary write() {
      // Topics are named by code: one the record has stands for itself, whatever dossier it is in.
      topicsOnRecord.forEach(ids.get(RecordKind.TOPIC)::putIfAbsent);
      inOrder(
          RecordKind.TOPIC,
          "topics",
          dossier.topics(),
          Dossier.TopicEntry::code,
          Dossier.TopicEntry::parent,
          this::topic);
      each(RecordKind.SOURCE, "sources", dossier.sources(), Dossier.SourceEntry::key, this::source);
      inOrder(
          RecordKind.PARTY,
          "parties",
          dossier.parties(),
          Dossier.PartyEntry::key,
          Dossier.PartyEntry::parent,
          this::party);
      each(RecordKind.PERSON, "people", dossier.people(), Dossier.PersonEntry::key, this::person);
      each(RecordKind.OFFICE, "offices", dossier.offices(), Dossier.OfficeEntry::key, this::office);
      each(RecordKind.TENURE, "tenures", dossier.tenures(), Dossier.TenureEntry::key, this::tenure);
      each(
          RecordKind.MEETING,
          "meetings",
          dossier.meetings(),
          Dossier.MeetingEntry::key,
          this::meeting);
      inOrder(
          RecordKind.AGREEMENT,
          "agreements",
          dossier.agreements(),
          Dossier.AgreementEntry::key,
          Dossier.AgreementEntry::replaces,
          this::agreement);
      each(
          RecordKind.NEGOTIATION,
          "negotiations",
          dossier.negotiations(),
          Dossier.NegotiationEntry::key,
          this::negotiation);
      if (problems.isEmpty() && !imported.isEmpty()) {
        var insert =
            db.insertInto(
                DOSSIER_ENTRY,
                DOSSIER_ENTRY.DOSSIER,
                DOSSIER_ENTRY.KIND,
                DOSSIER_ENTRY.KEY,
                DOSSIER_ENTRY.RECORD_ID);
        for (Object[] entry : imported) {
          insert =
              insert.values(dossier.name(), (String) entry[0], (String) entry[1], (Long) entry[2]);
        }
        insert.execute();
      }
      return new Summary(
          count(RecordKind.TOPIC),
          count(RecordKind.SOURCE),
          count(RecordKind.PARTY),
          count(RecordKind.PERSON),
          count(RecordKind.OFFICE),
          count(RecordKind.TENURE),
          count(RecordKind.MEETING),
          count(RecordKind.AGREEMENT),
          count(RecordKind.NEGOTIATION),
          skipped);
    }

    private int count(RecordKind kind) {
      return written.getOrDefault(kind, 0);
    }

    private interface EntryWrite<T> {
      long write(String at, T entry);
    }

    private <T> void each(
        RecordKind kind,
        String section,
        List<T> entries,
        Function<T, String> key,
        EntryWrite<T> write) {
      for (int i = 0; i < entries.size(); i++) {
        T entry = entries.get(i);
        String at = section + "[" + i + "]";
        entry(kind, key.apply(entry), at, () -> write.write(at, entry));
      }
    }

    /**
     * Writes the entries of a section whose entries may refer to each other ({@code after}): each
     * after the one it names, in the dossier's order otherwise. The check has refused cycles.
     */
    private <T> void inOrder(
        RecordKind kind,
        String section,
        List<T> entries,
        Function<T, String> key,
        Function<T, String> after,
        EntryWrite<T> write) {
      Set<Integer> pending = new LinkedHashSet<>();
      for (int i = 0; i < entries.size(); i++) {
        pending.add(i);
      }
      Set<String> keys = new HashSet<>();
      entries.forEach(entry -> keys.add(key.apply(entry)));
      while (!pending.isEmpty()) {
        int next =
            pending.stream()
                .filter(
                    i -> {
                      String first = after.apply(entries.get(i));
                      return first == null
                          || !keys.contains(first)
                          || ids.get(kind).containsKey(first)
                          || failed.get(kind).contains(first);
                    })
                .findFirst()
                .orElse(pending.iterator().next());
        pending.remove(next);
        T entry = entries.get(next);
        String at = section + "[" + next + "]";
        entry(kind, key.apply(entry), at, () -> write.write(at, entry));
      }
    }

    /**
     * Writes one entry, unless an earlier import of the dossier wrote it. A refusal is a problem at
     * the entry; {@code throughout}, the entry is written under a savepoint, so that its refusal
     * leaves it out of what later entries may name and the others are still tried.
     */
    private void entry(RecordKind kind, String key, String at, LongSupplier write) {
      if (ids.get(kind).containsKey(key)) {
        skipped++;
        return;
      }
      if (!problems.isEmpty() && !throughout) {
        return;
      }
      try {
        // A savepoint only when needed: rows written under one are not the transaction's own to
        // Versions.touch, which would raise a new meeting's version for its statements.
        long id =
            throughout ? db.transactionResult(savepoint -> write.getAsLong()) : write.getAsLong();
        ids.get(kind).put(key, id);
        written.merge(kind, 1, Integer::sum);
        imported.add(new Object[] {kind.name(), key, id});
      } catch (Skipped leftOut) {
        failed.get(kind).add(key);
      } catch (IllegalArgumentException invalid) {
        failed.get(kind).add(key);
        problems.add(new DossierProblem(at, "INVALID_INPUT", invalid.getMessage()));
      } catch (RuntimeException refused) {
        RuleViolation violation = RefusedRows.violation(refused).orElseThrow(() -> refused);
        failed.get(kind).add(key);
        problems.add(
            new DossierProblem(
                DossierProblem.location(at, violation.path()),
                violation.code(),
                violation.getMessage()));
      }
    }

    /** The record an entry's reference names; an entry that could not be written leaves it out. */
    private <I> I ref(RecordKind kind, String key, LongFunction<I> id) {
      if (key == null) {
        return null;
      }
      if (failed.get(kind).contains(key)) {
        throw new Skipped();
      }
      Long found = ids.get(kind).get(key);
      if (found == null) {
        throw new IllegalStateException("the check let through a reference to nothing: " + key);
      }
      return id.apply(found);
    }

    private PartyId party(String key) {
      return ref(RecordKind.PARTY, key, PartyId::new);
    }

    private PersonId person(String key) {
      return ref(RecordKind.PERSON, key, PersonId::new);
    }

    private List<TopicId> topics(List<String> codes) {
      return codes.stream().map(code -> ref(RecordKind.TOPIC, code, TopicId::new)).toList();
    }

    private List<Citation> citations(List<CitationEntry> entries) {
      return entries.stream()
          .map(
              entry ->
                  new Citation(
                      null, ref(RecordKind.SOURCE, entry.source(), SourceId::new), entry.passage()))
          .toList();
    }

    private Place place(Dossier.PlaceEntry entry) {
      return entry == null ? null : new Place(entry.city(), party(entry.country()));
    }

    private static PartialDate orUnknown(PartialDate date) {
      return date == null ? PartialDate.unknown() : date;
    }

    private long topic(String at, Dossier.TopicEntry entry) {
      return new JooqTopics(db)
          .add(
              new Topic(
                  null,
                  entry.code(),
                  entry.name(),
                  ref(RecordKind.TOPIC, entry.parent(), TopicId::new),
                  entry.aliases()))
          .value();
    }

    private long source(String at, Dossier.SourceEntry entry) {
      return new JooqSources(db)
          .add(
              new Source(
                  null,
                  entry.publisher(),
                  entry.title(),
                  entry.url() == null ? null : URI.create(entry.url()),
                  entry.language(),
                  orUnknown(entry.published()),
                  entry.retrievedOn()))
          .value();
    }

    private long party(String at, Dossier.PartyEntry entry) {
      return new JooqParties(db)
          .add(
              new Party(
                  null,
                  entry.kind(),
                  entry.name(),
                  entry.shortName(),
                  entry.iso() == null
                      ? null
                      : new IsoCodes(
                          entry.iso().alpha2(), entry.iso().alpha3(), entry.iso().numeric()),
                  party(entry.parent()),
                  entry.regions().stream().map(regions::get).toList(),
                  entry.identifiers()))
          .value();
    }

    private long person(String at, Dossier.PersonEntry entry) {
      return new JooqPeople(db)
          .add(new Person(null, entry.name(), entry.aliases(), entry.identifiers()))
          .value();
    }

    private long office(String at, Dossier.OfficeEntry entry) {
      return new JooqOffices(db)
          .add(
              new Office(
                  null,
                  entry.name(),
                  party(entry.party()),
                  entry.singleHolder(),
                  entry.identifiers()))
          .value();
    }

    private long tenure(String at, Dossier.TenureEntry entry) {
      return new JooqTenures(db)
          .add(
              new Tenure(
                  null,
                  person(entry.person()),
                  ref(RecordKind.OFFICE, entry.office(), OfficeId::new),
                  orUnknown(entry.start()),
                  entry.end(),
                  citations(entry.citations())))
          .value();
    }

    private long meeting(String at, Dossier.MeetingEntry entry) {
      List<Participant> participants =
          entry.participants().stream()
              .map(
                  participant ->
                      new Participant(
                          person(participant.person()),
                          participant.role(),
                          ref(RecordKind.OFFICE, participant.office(), OfficeId::new),
                          party(participant.party())))
              .toList();
      MeetingId id =
          new JooqMeetings(db)
              .add(
                  new Meeting(
                      null,
                      entry.title(),
                      entry.kind(),
                      entry.status(),
                      orUnknown(entry.date()),
                      place(entry.place()),
                      entry.summary(),
                      entry.parties().stream().map(this::party).toList(),
                      participants,
                      topics(entry.topics()),
                      entry.outcomes(),
                      citations(entry.citations())));
      for (int i = 0; i < entry.statements().size(); i++) {
        Dossier.StatementEntry statement = entry.statements().get(i);
        try {
          new JooqStatements(db)
              .add(
                  new Statement(
                      null,
                      id,
                      person(statement.person()),
                      statement.kind(),
                      statement.text(),
                      topics(statement.topics()),
                      citations(statement.citations())),
                  OptionalLong.empty());
        } catch (RuleViolation violation) {
          throw violation.at("statements", String.valueOf(i));
        }
      }
      return id.value();
    }

    private long agreement(String at, Dossier.AgreementEntry entry) {
      List<AgreementAction> actions = new ArrayList<>();
      for (Dossier.ActionEntry action : entry.actions()) {
        actions.add(
            AgreementAction.of(
                action.kind(),
                new ActionFacts(
                    null,
                    party(action.party()),
                    person(action.person()),
                    orUnknown(action.date()),
                    action.effective(),
                    place(action.place()),
                    action.note(),
                    citations(action.citations()))));
      }
      Region region = entry.firstInRegion() == null ? null : regions.get(entry.firstInRegion());
      return new JooqAgreements(db)
          .add(
              new Agreement(
                  null,
                  entry.title(),
                  entry.shortTitle(),
                  entry.kind(),
                  entry.summary(),
                  entry.parties().stream().map(this::party).toList(),
                  actions,
                  ref(RecordKind.AGREEMENT, entry.replaces(), AgreementId::new),
                  region == null ? null : region.id(),
                  entry.identifiers(),
                  citations(entry.citations())))
          .value();
    }

    private long negotiation(String at, Dossier.NegotiationEntry entry) {
      List<NegotiationStep> steps = new ArrayList<>();
      for (Dossier.StepEntry step : entry.steps()) {
        steps.add(
            NegotiationStep.of(
                step.kind(),
                new StepFacts(
                    null,
                    orUnknown(step.date()),
                    ref(RecordKind.MEETING, step.meeting(), MeetingId::new),
                    step.note(),
                    citations(step.citations())),
                step.round(),
                party(step.authorisedBy()),
                party(step.authorised()),
                step.directives()));
      }
      return new JooqNegotiations(db)
          .add(
              new Negotiation(
                  null,
                  entry.title(),
                  entry.subject(),
                  entry.parties().stream()
                      .map(
                          side ->
                              new NegotiatingParty(party(side.party()), party(side.negotiator())))
                      .toList(),
                  topics(entry.topics()),
                  steps,
                  new TargetDate(entry.target(), entry.targetDate()),
                  ref(RecordKind.AGREEMENT, entry.agreement(), AgreementId::new),
                  citations(entry.citations())))
          .value();
    }
  }
}
