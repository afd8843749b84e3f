package org.entente.domain.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.ActionFacts;
import org.entente.domain.agreement.Agreement;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementId;
import org.entente.domain.dossier.Dossier.CitationEntry;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.Place;
import org.entente.domain.meeting.Statement;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationStep;
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
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;

/**
 * Records of the record as the entries of a dossier, under readable keys: a state by its ISO 3166
 * alpha-2 code, anything else by a slug of its short name, name or title (see {@link DossierKeys}).
 * Every record another one names must be among the records given.
 */
public final class ExportedDossier {

  /** The records a dossier is made of, each list in the order it is to be written. */
  public record Records(
      List<Topic> topics,
      List<Source> sources,
      List<Party> parties,
      List<Person> people,
      List<Office> offices,
      List<Tenure> tenures,
      List<Meeting> meetings,
      Map<MeetingId, List<Statement>> statements,
      List<Agreement> agreements,
      List<Negotiation> negotiations,
      Map<RegionId, Region> regions) {}

  private final Map<TopicId, String> topics = new HashMap<>();
  private final Map<SourceId, String> sources = new HashMap<>();
  private final Map<PartyId, String> parties = new HashMap<>();
  private final Map<PersonId, String> people = new HashMap<>();
  private final Map<OfficeId, String> offices = new HashMap<>();
  private final Map<MeetingId, String> meetings = new HashMap<>();
  private final Map<AgreementId, String> agreements = new HashMap<>();

  private ExportedDossier() {}

  /**
   * The dossier of {@code records}, named after the keys of the parties it was asked for: {@code
   * party-kz} for one, {@code relationship-eu-kz} for two or more.
   */
  public static Dossier of(List<PartyId> askedFor, Records records) {
    return new ExportedDossier().dossier(askedFor, records);
  }

  private Dossier dossier(List<PartyId> askedFor, Records records) {
    records.topics().forEach(topic -> topics.put(topic.id(), topic.code()));
    DossierKeys sourceKeys = new DossierKeys("source");
    for (Source source : records.sources()) {
      String published = source.published().isKnown() ? " " + source.published().text() : "";
      sources.put(source.id(), sourceKeys.next(DossierKeys.slug(source.publisher() + published)));
    }
    DossierKeys partyKeys = new DossierKeys("party");
    for (Party party : records.parties()) {
      String name =
          party.iso().isPresent()
              ? party.iso().get().alpha2()
              : DossierKeys.slug(party.shortName() == null ? party.name() : party.shortName());
      parties.put(party.id(), partyKeys.next(name));
    }
    keyed(records.people(), Person::id, Person::name, "person", people);
    keyed(records.offices(), Office::id, Office::name, "office", offices);
    keyed(records.meetings(), Meeting::id, Meeting::title, "meeting", meetings);
    keyed(
        records.agreements(),
        Agreement::id,
        agreement -> agreement.shortTitle() == null ? agreement.title() : agreement.shortTitle(),
        "agreement",
        agreements);
    DossierKeys negotiationKeys = new DossierKeys("negotiation");
    return new Dossier(
        name(askedFor.stream().map(parties::get).toList()),
        records.topics().stream().map(this::topic).toList(),
        records.sources().stream().map(this::source).toList(),
        records.parties().stream().map(this::party).toList(),
        records.people().stream().map(this::person).toList(),
        records.offices().stream().map(this::office).toList(),
        records.tenures().stream().map(this::tenure).toList(),
        records.meetings().stream().map(meeting -> meeting(meeting, records.statements())).toList(),
        records.agreements().stream().map(agreement -> agreement(agreement, records)).toList(),
        records.negotiations().stream()
            .map(
                negotiation ->
                    negotiation(
                        negotiation, negotiationKeys.next(DossierKeys.slug(negotiation.title()))))
            .toList());
  }

  private static String name(List<String> askedFor) {
    return (askedFor.size() == 1 ? "party-" : "relationship-")
        + String.join(
            "-", askedFor.stream().map(key -> key.toLowerCase(Locale.ROOT)).sorted().toList());
  }

  private static <T, I> void keyed(
      List<T> records,
      Function<T, I> id,
      Function<T, String> name,
      String fallback,
      Map<I, String> keys) {
    DossierKeys taken = new DossierKeys(fallback);
    for (T record : records) {
      keys.put(id.apply(record), taken.next(DossierKeys.slug(name.apply(record))));
    }
  }

  /** The key of a record another one names; every such record is in the dossier. */
  private static <I> String key(Map<I, String> keys, I id) {
    if (id == null) {
      return null;
    }
    String key = keys.get(id);
    if (key == null) {
      throw new IllegalStateException("a record the dossier names is not in it: " + id);
    }
    return key;
  }

  private List<CitationEntry> citations(List<Citation> citations) {
    return citations.stream()
        .map(citation -> new CitationEntry(key(sources, citation.sourceId()), citation.passage()))
        .toList();
  }

  private Dossier.PlaceEntry place(Place place) {
    return place == null
        ? null
        : new Dossier.PlaceEntry(place.city(), key(parties, place.countryId()));
  }

  private Dossier.TopicEntry topic(Topic topic) {
    return new Dossier.TopicEntry(
        topic.code(), topic.name(), key(topics, topic.parentId()), topic.aliases());
  }

  private Dossier.SourceEntry source(Source source) {
    return new Dossier.SourceEntry(
        key(sources, source.id()),
        source.publisher(),
        source.title(),
        source.url() == null ? null : source.url().toString(),
        source.language(),
        source.published(),
        source.retrievedOn());
  }

  private Dossier.PartyEntry party(Party party) {
    return new Dossier.PartyEntry(
        key(parties, party.id()),
        party.kind(),
        party.name(),
        party.shortName(),
        party
            .iso()
            .map(iso -> new Dossier.IsoEntry(iso.alpha2(), iso.alpha3(), iso.numeric()))
            .orElse(null),
        key(parties, party.parentId()),
        party.regions().stream().map(Region::code).toList(),
        party.identifiers());
  }

  private Dossier.PersonEntry person(Person person) {
    return new Dossier.PersonEntry(
        key(people, person.id()), person.name(), person.aliases(), person.identifiers());
  }

  private Dossier.OfficeEntry office(Office office) {
    return new Dossier.OfficeEntry(
        key(offices, office.id()),
        office.name(),
        key(parties, office.partyId()),
        office.singleHolder(),
        office.identifiers());
  }

  private Dossier.TenureEntry tenure(Tenure tenure) {
    return new Dossier.TenureEntry(
        key(people, tenure.personId()),
        key(offices, tenure.officeId()),
        tenure.start(),
        tenure.end(),
        citations(tenure.citations()));
  }

  private Dossier.MeetingEntry meeting(Meeting meeting, Map<MeetingId, List<Statement>> made) {
    return new Dossier.MeetingEntry(
        key(meetings, meeting.id()),
        meeting.title(),
        meeting.kind(),
        meeting.status(),
        meeting.date(),
        place(meeting.place()),
        meeting.summary(),
        meeting.partyIds().stream().map(party -> key(parties, party)).toList(),
        meeting.participants().stream()
            .map(
                participant ->
                    new Dossier.ParticipantEntry(
                        key(people, participant.personId()),
                        participant.role(),
                        key(offices, participant.officeId()),
                        key(parties, participant.partyId())))
            .toList(),
        codes(meeting.topicIds()),
        made.getOrDefault(meeting.id(), List.of()).stream()
            .map(
                statement ->
                    new Dossier.StatementEntry(
                        key(people, statement.personId()),
                        statement.kind(),
                        statement.text(),
                        codes(statement.topicIds()),
                        citations(statement.citations())))
            .toList(),
        meeting.outcomes(),
        citations(meeting.citations()));
  }

  private List<String> codes(List<TopicId> ids) {
    return ids.stream().map(topic -> key(topics, topic)).toList();
  }

  private Dossier.AgreementEntry agreement(Agreement agreement, Records records) {
    List<Dossier.ActionEntry> actions = new ArrayList<>();
    for (AgreementAction action : agreement.actions()) {
      ActionFacts facts = action.facts();
      actions.add(
          new Dossier.ActionEntry(
              action.kind(),
              key(parties, facts.partyId()),
              key(people, facts.personId()),
              facts.date(),
              facts.effective(),
              place(facts.place()),
              facts.note(),
              citations(facts.citations())));
    }
    Region region =
        agreement.firstInRegionId() == null
            ? null
            : records.regions().get(agreement.firstInRegionId());
    return new Dossier.AgreementEntry(
        key(agreements, agreement.id()),
        agreement.title(),
        agreement.shortTitle(),
        agreement.kind(),
        agreement.summary(),
        agreement.partyIds().stream().map(party -> key(parties, party)).toList(),
        actions,
        key(agreements, agreement.replacesId()),
        region == null ? null : region.code(),
        agreement.identifiers(),
        citations(agreement.citations()));
  }

  private Dossier.NegotiationEntry negotiation(Negotiation negotiation, String key) {
    List<Dossier.StepEntry> steps = new ArrayList<>();
    for (NegotiationStep step : negotiation.steps()) {
      Integer round = step instanceof NegotiationStep.RoundHeld held ? held.number() : null;
      NegotiationStep.MandateGranted mandate =
          step instanceof NegotiationStep.MandateGranted granted ? granted : null;
      steps.add(
          new Dossier.StepEntry(
              step.kind(),
              step.date(),
              key(meetings, step.facts().meetingId()),
              round,
              mandate == null ? null : key(parties, mandate.authorisedBy()),
              mandate == null ? null : key(parties, mandate.authorised()),
              mandate == null ? null : mandate.directives(),
              step.facts().note(),
              citations(step.facts().citations())));
    }
    PartialDate target = negotiation.target().when().orElse(null);
    return new Dossier.NegotiationEntry(
        key,
        negotiation.title(),
        negotiation.subject(),
        negotiation.parties().stream()
            .map(
                side ->
                    new Dossier.NegotiatingPartyEntry(
                        key(parties, side.partyId()), key(parties, side.negotiatorId())))
            .toList(),
        codes(negotiation.topicIds()),
        steps,
        negotiation.target().setting(),
        target,
        key(agreements, negotiation.agreementId()),
        citations(negotiation.citations()));
  }
}
