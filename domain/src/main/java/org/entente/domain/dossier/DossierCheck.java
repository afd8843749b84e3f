package org.entente.domain.dossier;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.entente.domain.Identifier;
import org.entente.domain.PartialDate;
import org.entente.domain.RuleViolation;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.dossier.Dossier.CitationEntry;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Participant;
import org.entente.domain.meeting.ParticipantOffices;
import org.entente.domain.meeting.Place;
import org.entente.domain.meeting.Speakers;
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
import org.entente.domain.person.OfficeHolders;
import org.entente.domain.person.OfficeId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Tenure;
import org.entente.domain.person.TenureId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicHierarchy;
import org.entente.domain.topic.TopicId;

/**
 * Every problem of a dossier as a whole, found without writing anything: keys missing or used
 * twice, references to keys or codes that are not there, and every rule of the domain (each entry
 * becomes the domain record it stands for, with an ID of its own), tenures of one single-holder
 * office that overlap, a participant's office on the meeting's date and a statement's speaker among
 * the participants. It keeps going after a problem: a reference to nothing stands for a record of
 * its own, so that the entry's other rules are still checked.
 */
public final class DossierCheck {

  /** A party placed under itself or under one of the parties under it. */
  public static final String PARTY_CYCLE = "PARTY_CYCLE";

  /** An agreement replacing itself, or one that replaces it. */
  public static final String AGREEMENT_CYCLE = "AGREEMENT_CYCLE";

  private final Dossier dossier;
  private final Set<String> topicsOnRecord;
  private final Set<String> regionsOnRecord;
  private final List<DossierProblem> problems = new ArrayList<>();
  private final Map<String, Long> topicKeys = new HashMap<>();
  private final Map<String, Long> sourceKeys = new HashMap<>();
  private final Map<String, Long> partyKeys = new HashMap<>();
  private final Map<String, Long> personKeys = new HashMap<>();
  private final Map<String, Long> officeKeys = new HashMap<>();
  private final Map<String, Long> meetingKeys = new HashMap<>();
  private final Map<String, Long> agreementKeys = new HashMap<>();
  private final Map<OfficeId, Office> offices = new HashMap<>();
  private final Map<PersonId, List<Tenure>> tenuresByPerson = new HashMap<>();
  private final Map<String, String> identifiers = new HashMap<>();

  /** IDs for records named but not in the dossier, far above those of its entries. */
  private long nothing = 1L << 40;

  private long tenures;

  private DossierCheck(Dossier dossier, Set<String> topicsOnRecord, Set<String> regionsOnRecord) {
    this.dossier = dossier;
    this.topicsOnRecord = topicsOnRecord;
    this.regionsOnRecord = regionsOnRecord;
  }

  /**
   * The dossier's problems, in the order of the dossier; {@code topicsOnRecord} and {@code
   * regionsOnRecord} are the codes the record has (at least all those the dossier names).
   */
  public static List<DossierProblem> check(
      Dossier dossier, Set<String> topicsOnRecord, Set<String> regionsOnRecord) {
    DossierCheck check = new DossierCheck(dossier, topicsOnRecord, regionsOnRecord);
    check.run();
    return DossierProblem.merged(List.of(), List.of(), check.problems);
  }

  private void run() {
    if (dossier.name() == null || dossier.name().isBlank()) {
      problem(
          "name", DossierProblem.REQUIRED, "a dossier has a name, which says which dossier it is");
    }
    keys("topics", dossier.topics(), Dossier.TopicEntry::code, "code", topicKeys);
    topicsOnRecord.forEach(code -> topicKeys.putIfAbsent(code, (long) topicKeys.size() + 1));
    keys("sources", dossier.sources(), Dossier.SourceEntry::key, "key", sourceKeys);
    keys("parties", dossier.parties(), Dossier.PartyEntry::key, "key", partyKeys);
    keys("people", dossier.people(), Dossier.PersonEntry::key, "key", personKeys);
    keys("offices", dossier.offices(), Dossier.OfficeEntry::key, "key", officeKeys);
    keys("meetings", dossier.meetings(), Dossier.MeetingEntry::key, "key", meetingKeys);
    keys("agreements", dossier.agreements(), Dossier.AgreementEntry::key, "key", agreementKeys);
    keys(
        "negotiations",
        dossier.negotiations(),
        Dossier.NegotiationEntry::key,
        "key",
        new HashMap<>());
    each("topics", dossier.topics(), this::topic);
    cycles(
        "topics",
        dossier.topics(),
        Dossier.TopicEntry::code,
        Dossier.TopicEntry::parent,
        "parent",
        TopicHierarchy.CYCLE,
        "a topic cannot sit under itself or under one of its sub-topics");
    each("sources", dossier.sources(), this::source);
    each("parties", dossier.parties(), this::party);
    cycles(
        "parties",
        dossier.parties(),
        Dossier.PartyEntry::key,
        Dossier.PartyEntry::parent,
        "parent",
        PARTY_CYCLE,
        "a party cannot belong to itself or to one of the parties that belong to it");
    each("people", dossier.people(), this::person);
    each("offices", dossier.offices(), this::office);
    Map<String, Integer> tenureKeys = new HashMap<>();
    for (int i = 0; i < dossier.tenures().size(); i++) {
      Dossier.TenureEntry entry = dossier.tenures().get(i);
      if (entry != null) {
        Integer earlier = tenureKeys.putIfAbsent(entry.key(), i);
        if (earlier != null) {
          problem(
              "tenures[" + i + "]",
              DossierProblem.DUPLICATE_KEY,
              "the same person, office and start as tenures[" + earlier + "]");
        }
      }
    }
    each("tenures", dossier.tenures(), this::tenure);
    each("meetings", dossier.meetings(), this::meeting);
    each("agreements", dossier.agreements(), this::agreement);
    cycles(
        "agreements",
        dossier.agreements(),
        Dossier.AgreementEntry::key,
        Dossier.AgreementEntry::replaces,
        "replaces",
        AGREEMENT_CYCLE,
        "an agreement cannot replace itself or an agreement that replaces it");
    Map<String, Integer> produced = new HashMap<>();
    for (int i = 0; i < dossier.negotiations().size(); i++) {
      Dossier.NegotiationEntry entry = dossier.negotiations().get(i);
      if (entry != null && entry.agreement() != null) {
        Integer earlier = produced.putIfAbsent(entry.agreement(), i);
        if (earlier != null) {
          problem(
              "negotiations[" + i + "].agreement",
              "DUPLICATE",
              "negotiations[" + earlier + "] already produced this agreement");
        }
      }
    }
    each("negotiations", dossier.negotiations(), this::negotiation);
  }

  private interface EntryCheck<T> {
    void check(String at, T entry);
  }

  /** Checks each entry of a section; a rule an entry breaks is a problem at its field. */
  private <T> void each(String section, List<T> entries, EntryCheck<T> check) {
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      if (entry != null) {
        String at = section + "[" + i + "]";
        guarded(at, () -> check.check(at, entry));
      }
    }
  }

  /** Runs a check of the entry at {@code at}, turning a refusal into a problem there. */
  private void guarded(String at, Runnable check) {
    try {
      check.run();
    } catch (RuleViolation violation) {
      problem(field(at, violation.path()), violation.code(), violation.getMessage());
    } catch (IllegalArgumentException invalid) {
      problem(at, "INVALID_INPUT", invalid.getMessage());
    } catch (NullPointerException missing) {
      problem(at, DossierProblem.REQUIRED, "required: " + missing.getMessage());
    }
  }

  /**
   * Builds a record of the entry at {@code at}; null, and a problem there, when a rule refuses it.
   */
  private <T> T built(String at, Supplier<T> build) {
    try {
      return build.get();
    } catch (RuleViolation violation) {
      problem(field(at, violation.path()), violation.code(), violation.getMessage());
    } catch (IllegalArgumentException invalid) {
      problem(at, "INVALID_INPUT", invalid.getMessage());
    } catch (NullPointerException missing) {
      problem(at, DossierProblem.REQUIRED, "required: " + missing.getMessage());
    }
    return null;
  }

  /** A violation's path, named as the dossier names its fields. */
  private static String field(String at, List<String> path) {
    return DossierProblem.location(at, path);
  }

  private void problem(String location, String code, String message) {
    problems.add(new DossierProblem(location, code, message));
  }

  private <T> void keys(
      String section,
      List<T> entries,
      Function<T, String> key,
      String field,
      Map<String, Long> keys) {
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      if (entry == null) {
        continue;
      }
      String value = key.apply(entry);
      String at = section + "[" + i + "]." + field;
      if (value == null || value.isBlank()) {
        problem(at, DossierProblem.REQUIRED, "every entry of " + section + " has a " + field);
      } else if (keys.containsKey(value)) {
        problem(at, DossierProblem.DUPLICATE_KEY, "'" + value + "' names an earlier entry too");
      } else {
        keys.put(value, (long) i + 1);
      }
    }
  }

  /** Refuses an entry that reaches itself by following {@code next} through the section. */
  private <T> void cycles(
      String section,
      List<T> entries,
      Function<T, String> key,
      Function<T, String> next,
      String field,
      String code,
      String rule) {
    Map<String, String> links = new HashMap<>();
    for (T entry : entries) {
      if (entry != null && key.apply(entry) != null && next.apply(entry) != null) {
        links.putIfAbsent(key.apply(entry), next.apply(entry));
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      if (entry == null || key.apply(entry) == null) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      String current = links.get(key.apply(entry));
      while (current != null && seen.add(current)) {
        if (current.equals(key.apply(entry))) {
          problem(section + "[" + i + "]." + field, code, rule);
          break;
        }
        current = links.get(current);
      }
    }
  }

  // References: a key of the dossier stands for its entry's ID; a key of nothing is a problem, and
  // stands for a record of its own so that the entry's other rules still apply.

  private <I> I reference(
      Map<String, Long> keys,
      String key,
      String at,
      String what,
      boolean required,
      LongFunction<I> id) {
    if (key == null) {
      if (required) {
        problem(at, DossierProblem.REQUIRED, "the " + what + " is required");
        return id.apply(++nothing);
      }
      return null;
    }
    Long found = keys.get(key);
    if (found == null) {
      problem(at, "UNKNOWN_REFERENCE", "no " + what + " '" + key + "' in the dossier");
      return id.apply(++nothing);
    }
    return id.apply(found);
  }

  private PartyId party(String key, String at, boolean required) {
    return reference(partyKeys, key, at, "party", required, PartyId::new);
  }

  private PersonId person(String key, String at) {
    return reference(personKeys, key, at, "person", true, PersonId::new);
  }

  private List<TopicId> topics(List<String> codes, String at) {
    List<TopicId> topics = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Long found = code == null ? null : topicKeys.get(code);
      if (found == null) {
        problem(
            at + "[" + i + "]",
            "UNKNOWN_REFERENCE",
            "no topic with the code '" + code + "' in the record or the dossier");
        topics.add(new TopicId(++nothing));
      } else {
        topics.add(new TopicId(found));
      }
    }
    return topics;
  }

  private List<Citation> citations(List<CitationEntry> entries, String at) {
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CitationEntry entry = entries.get(i);
      String field = at + "[" + i + "]";
      if (entry != null) {
        SourceId source =
            reference(sourceKeys, entry.source(), field + ".source", "source", true, SourceId::new);
        Citation citation = built(field, () -> new Citation(null, source, entry.passage()));
        if (citation != null) {
          citations.add(citation);
        }
      }
    }
    return citations;
  }

  /** Refuses, at {@code at}, a fact that must be cited but cites nothing. */
  private void cited(List<CitationEntry> citations, String at, String rule) {
    if (citations.isEmpty()) {
      problem(at, "UNCITED", rule);
    }
  }

  private Place place(Dossier.PlaceEntry entry, String at) {
    if (entry == null) {
      return null;
    }
    PartyId country = party(entry.country(), at + ".country", false);
    return built(at, () -> new Place(entry.city(), country));
  }

  private static PartialDate orUnknown(PartialDate date) {
    return date == null ? PartialDate.unknown() : date;
  }

  /** Identifiers name one record across the whole record: none may appear twice in a dossier. */
  private void identifiers(List<Identifier> given, String at) {
    for (int i = 0; i < given.size(); i++) {
      Identifier identifier = given.get(i);
      if (identifier == null) {
        continue;
      }
      String field = at + ".identifiers[" + i + "]";
      String earlier =
          identifiers.putIfAbsent(identifier.scheme() + ":" + identifier.value(), field);
      if (earlier != null) {
        problem(
            field,
            "DUPLICATE_IDENTIFIER",
            identifier.scheme() + " " + identifier.value() + " names " + earlier + " already");
      }
    }
  }

  private void topic(String at, Dossier.TopicEntry entry) {
    if (entry.code() != null && topicsOnRecord.contains(entry.code())) {
      return; // The record's own topic: the entry names it, and is not written.
    }
    TopicId parent =
        entry.parent() == null
            ? null
            : reference(topicKeys, entry.parent(), at + ".parent", "topic", false, TopicId::new);
    new Topic(null, entry.code(), entry.name(), parent, entry.aliases());
  }

  private void source(String at, Dossier.SourceEntry entry) {
    URI url = null;
    if (entry.url() != null) {
      url = built(at + ".url", () -> URI.create(entry.url()));
    }
    URI address = url;
    built(
        at,
        () ->
            new Source(
                null,
                entry.publisher(),
                entry.title(),
                address,
                entry.language(),
                orUnknown(entry.published()),
                entry.retrievedOn()));
  }

  private final Map<String, String> isoCodes = new HashMap<>();

  private void party(String at, Dossier.PartyEntry entry) {
    List<Region> regions = new ArrayList<>();
    for (int i = 0; i < entry.regions().size(); i++) {
      String code = entry.regions().get(i);
      if (code == null || !regionsOnRecord.contains(code)) {
        problem(
            at + ".regions[" + i + "]",
            "UNKNOWN_REFERENCE",
            "no region with the code '" + code + "'");
      } else {
        regions.add(new Region(new RegionId(i + 1L), code, code));
      }
    }
    PartyId parent = party(entry.parent(), at + ".parent", false);
    IsoCodes iso = null;
    if (entry.iso() != null) {
      iso =
          built(
              at + ".iso",
              () ->
                  new IsoCodes(entry.iso().alpha2(), entry.iso().alpha3(), entry.iso().numeric()));
      if (iso != null) {
        for (String code : List.of(iso.alpha2(), iso.alpha3(), iso.numeric())) {
          String earlier = isoCodes.putIfAbsent(code, at);
          if (earlier != null) {
            problem(at + ".iso", "DUPLICATE", "ISO 3166 code " + code + " is " + earlier + "'s");
            break;
          }
        }
      }
    }
    identifiers(entry.identifiers(), at);
    IsoCodes codes = iso;
    built(
        at,
        () ->
            new Party(
                new PartyId(partyKeys.getOrDefault(entry.key(), ++nothing)),
                entry.kind(),
                entry.name(),
                entry.shortName(),
                codes,
                parent,
                regions,
                entry.identifiers()));
  }

  private void person(String at, Dossier.PersonEntry entry) {
    identifiers(entry.identifiers(), at);
    new Person(null, entry.name(), entry.aliases(), entry.identifiers());
  }

  private void office(String at, Dossier.OfficeEntry entry) {
    PartyId party = party(entry.party(), at + ".party", true);
    identifiers(entry.identifiers(), at);
    Office office =
        new Office(
            new OfficeId(officeKeys.getOrDefault(entry.key(), ++nothing)),
            entry.name(),
            party,
            entry.singleHolder(),
            entry.identifiers());
    offices.putIfAbsent(office.id(), office);
  }

  private void tenure(String at, Dossier.TenureEntry entry) {
    PersonId person = person(entry.person(), at + ".person");
    OfficeId office =
        reference(officeKeys, entry.office(), at + ".office", "office", true, OfficeId::new);
    List<Citation> citations = citations(entry.citations(), at + ".citations");
    Tenure tenure =
        new Tenure(
            new TenureId(++tenures),
            person,
            office,
            orUnknown(entry.start()),
            entry.end(),
            citations);
    Office held = offices.get(office);
    if (held != null) {
      List<Tenure> ofOffice =
          tenuresByPerson.values().stream()
              .flatMap(List::stream)
              .filter(other -> other.officeId().equals(office))
              .toList();
      OfficeHolders.checkNoOverlap(held, ofOffice, tenure);
    }
    tenuresByPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(tenure);
  }

  private void meeting(String at, Dossier.MeetingEntry entry) {
    List<PartyId> sides = new ArrayList<>();
    for (int i = 0; i < entry.parties().size(); i++) {
      sides.add(party(entry.parties().get(i), at + ".parties[" + i + "]", true));
    }
    Map<Integer, Participant> participants = new LinkedHashMap<>();
    for (int i = 0; i < entry.participants().size(); i++) {
      Dossier.ParticipantEntry participant = entry.participants().get(i);
      String field = at + ".participants[" + i + "]";
      if (participant == null) {
        continue;
      }
      PersonId person = person(participant.person(), field + ".person");
      OfficeId office =
          reference(
              officeKeys, participant.office(), field + ".office", "office", false, OfficeId::new);
      PartyId party = party(participant.party(), field + ".party", true);
      Participant built =
          built(field, () -> new Participant(person, participant.role(), office, party));
      if (built != null) {
        participants.put(i, built);
      }
    }
    List<TopicId> topics = topics(entry.topics(), at + ".topics");
    Place place = place(entry.place(), at + ".place");
    List<Citation> citations = citations(entry.citations(), at + ".citations");
    Meeting meeting =
        new Meeting(
            new MeetingId(meetingKeys.getOrDefault(entry.key(), ++nothing)),
            entry.title(),
            entry.kind(),
            entry.status(),
            orUnknown(entry.date()),
            place,
            entry.summary(),
            sides,
            List.copyOf(participants.values()),
            topics,
            entry.outcomes(),
            citations);
    participants.forEach(
        (i, participant) ->
            guarded(
                at + ".participants[" + i + "].office",
                () ->
                    ParticipantOffices.check(
                        meeting,
                        participant,
                        tenuresByPerson.getOrDefault(participant.personId(), List.of()))));
    for (int i = 0; i < entry.statements().size(); i++) {
      Dossier.StatementEntry statement = entry.statements().get(i);
      String field = at + ".statements[" + i + "]";
      if (statement != null) {
        guarded(field, () -> statement(field, meeting, statement));
      }
    }
  }

  private void statement(String at, Meeting meeting, Dossier.StatementEntry entry) {
    PersonId speaker = person(entry.person(), at + ".person");
    List<TopicId> topics = topics(entry.topics(), at + ".topics");
    List<Citation> citations = citations(entry.citations(), at + ".citations");
    Statement statement =
        new Statement(null, meeting.id(), speaker, entry.kind(), entry.text(), topics, citations);
    Speakers.check(meeting, statement);
  }

  private void agreement(String at, Dossier.AgreementEntry entry) {
    List<PartyId> sides = new ArrayList<>();
    for (int i = 0; i < entry.parties().size(); i++) {
      sides.add(party(entry.parties().get(i), at + ".parties[" + i + "]", true));
    }
    List<AgreementAction> actions = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < entry.actions().size(); i++) {
      Dossier.ActionEntry action = entry.actions().get(i);
      String field = at + ".actions[" + i + "]";
      if (action == null) {
        complete = false;
        continue;
      }
      PartyId party = party(action.party(), field + ".party", false);
      PersonId person = action.person() == null ? null : person(action.person(), field + ".person");
      Place place = place(action.place(), field + ".place");
      List<Citation> citations = citations(action.citations(), field + ".citations");
      cited(action.citations(), field + ".citations", "every action cites at least one source");
      AgreementAction built =
          built(
              field,
              () ->
                  AgreementAction.of(
                      action.kind(),
                      new ActionFacts(
                          null,
                          party,
                          person,
                          orUnknown(action.date()),
                          action.effective(),
                          place,
                          action.note(),
                          citations)));
      if (built == null) {
        complete = false;
      } else {
        actions.add(built);
      }
    }
    AgreementId replaces =
        reference(
            agreementKeys,
            entry.replaces(),
            at + ".replaces",
            "agreement",
            false,
            AgreementId::new);
    RegionId region = null;
    if (entry.firstInRegion() != null) {
      if (regionsOnRecord.contains(entry.firstInRegion())) {
        region = new RegionId(1);
      } else {
        problem(
            at + ".firstInRegion",
            "UNKNOWN_REFERENCE",
            "no region with the code '" + entry.firstInRegion() + "'");
      }
    }
    identifiers(entry.identifiers(), at);
    List<Citation> citations = citations(entry.citations(), at + ".citations");
    // The lifecycle is only checked on every action: a missing one would make the others' order
    // wrong.
    List<AgreementAction> checked = complete ? actions : List.of();
    RegionId firstIn = region;
    new Agreement(
        new AgreementId(agreementKeys.getOrDefault(entry.key(), ++nothing)),
        entry.title(),
        entry.shortTitle(),
        entry.kind(),
        entry.summary(),
        sides,
        checked,
        replaces,
        firstIn,
        entry.identifiers(),
        citations);
  }

  private void negotiation(String at, Dossier.NegotiationEntry entry) {
    List<NegotiatingParty> sides = new ArrayList<>();
    for (int i = 0; i < entry.parties().size(); i++) {
      Dossier.NegotiatingPartyEntry side = entry.parties().get(i);
      String field = at + ".parties[" + i + "]";
      if (side == null) {
        continue;
      }
      PartyId party = party(side.party(), field + ".party", true);
      PartyId negotiator = party(side.negotiator(), field + ".negotiator", false);
      NegotiatingParty built = built(field, () -> new NegotiatingParty(party, negotiator));
      if (built != null) {
        sides.add(built);
      }
    }
    List<TopicId> topics = topics(entry.topics(), at + ".topics");
    List<NegotiationStep> steps = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < entry.steps().size(); i++) {
      Dossier.StepEntry step = entry.steps().get(i);
      String field = at + ".steps[" + i + "]";
      if (step == null) {
        complete = false;
        continue;
      }
      MeetingId meeting =
          reference(
              meetingKeys, step.meeting(), field + ".meeting", "meeting", false, MeetingId::new);
      PartyId authorisedBy = party(step.authorisedBy(), field + ".authorisedBy", false);
      PartyId authorised = party(step.authorised(), field + ".authorised", false);
      List<Citation> citations = citations(step.citations(), field + ".citations");
      cited(step.citations(), field + ".citations", "every step cites at least one source");
      NegotiationStep built =
          built(
              field,
              () ->
                  NegotiationStep.of(
                      step.kind(),
                      new StepFacts(null, orUnknown(step.date()), meeting, step.note(), citations),
                      step.round(),
                      authorisedBy,
                      authorised,
                      step.directives()));
      if (built == null) {
        complete = false;
      } else {
        steps.add(built);
      }
    }
    TargetDate target =
        built(at + ".targetDate", () -> new TargetDate(entry.target(), entry.targetDate()));
    AgreementId agreement =
        reference(
            agreementKeys,
            entry.agreement(),
            at + ".agreement",
            "agreement",
            false,
            AgreementId::new);
    List<Citation> citations = citations(entry.citations(), at + ".citations");
    new Negotiation(
        null,
        entry.title(),
        entry.subject(),
        sides,
        topics,
        complete ? steps : List.of(),
        Objects.requireNonNullElse(target, TargetDate.unknown()),
        agreement,
        citations);
  }
}
