package org.entente.domain.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entente.domain.Identifier;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.PartyKind;

/**
 * A dossier's entries. Its name says which dossier it is: loaded again, only entries with keys new
 * to it are written. Keys are the dossier's own names for its records; every reference is a key of
 * an entry in the same dossier, or a region or topic code (a topic the record does not have may be
 * an entry of the dossier). Dates are {@link PartialDate}s.
 */
public record Dossier(
    String name,
    List<TopicEntry> topics,
    List<SourceEntry> sources,
    List<PartyEntry> parties,
    List<PersonEntry> people,
    List<OfficeEntry> offices,
    List<TenureEntry> tenures,
    List<MeetingEntry> meetings,
    List<AgreementEntry> agreements,
    List<NegotiationEntry> negotiations) {

  /** The sections of a dossier, in the order they are written and reported. */
  public static final List<String> SECTIONS =
      List.of(
          "name",
          "topics",
          "sources",
          "parties",
          "people",
          "offices",
          "tenures",
          "meetings",
          "agreements",
          "negotiations");

  public Dossier {
    topics = listOf(topics);
    sources = listOf(sources);
    parties = listOf(parties);
    people = listOf(people);
    offices = listOf(offices);
    tenures = listOf(tenures);
    meetings = listOf(meetings);
    agreements = listOf(agreements);
    negotiations = listOf(negotiations);
  }

  static <T> List<T> listOf(List<T> entries) {
    return entries == null ? List.of() : List.copyOf(entries);
  }

  public record CitationEntry(String source, String passage) {}

  /** A topic under its parent's code; a code the record already has names that topic instead. */
  public record TopicEntry(String code, String name, String parent, List<String> aliases) {
    public TopicEntry {
      aliases = listOf(aliases);
    }
  }

  public record PlaceEntry(String city, String country) {}

  public record IsoEntry(String alpha2, String alpha3, String numeric) {}

  public record SourceEntry(
      String key,
      String publisher,
      String title,
      String url,
      String language,
      PartialDate published,
      LocalDate retrievedOn) {}

  public record PartyEntry(
      String key,
      PartyKind kind,
      String name,
      String shortName,
      IsoEntry iso,
      String parent,
      List<String> regions,
      List<Identifier> identifiers) {
    public PartyEntry {
      regions = listOf(regions);
      identifiers = listOf(identifiers);
    }
  }

  public record PersonEntry(
      String key, String name, List<String> aliases, List<Identifier> identifiers) {
    public PersonEntry {
      aliases = listOf(aliases);
      identifiers = listOf(identifiers);
    }
  }

  public record OfficeEntry(
      String key, String name, String party, boolean singleHolder, List<Identifier> identifiers) {
    public OfficeEntry {
      identifiers = listOf(identifiers);
    }
  }

  /**
   * A tenure; a missing end means still in office, an end of "unknown" that it ended at an unknown
   * date. It has no key of its own: its person, office and start name it.
   */
  public record TenureEntry(
      String person,
      String office,
      PartialDate start,
      PartialDate end,
      List<CitationEntry> citations) {
    public TenureEntry {
      citations = listOf(citations);
    }

    /** The key a tenure is known by in its dossier: {@code person/office/start}. */
    public String key() {
      return person + "/" + office + "/" + (start == null ? PartialDate.unknown() : start).text();
    }
  }

  public record ParticipantEntry(
      String person, ParticipantRole role, String office, String party) {}

  public record StatementEntry(
      String person,
      StatementKind kind,
      String text,
      List<String> topics,
      List<CitationEntry> citations) {
    public StatementEntry {
      topics = listOf(topics);
      citations = listOf(citations);
    }
  }

  public record MeetingEntry(
      String key,
      String title,
      MeetingKind kind,
      MeetingStatus status,
      PartialDate date,
      PlaceEntry place,
      String summary,
      List<String> parties,
      List<ParticipantEntry> participants,
      List<String> topics,
      List<StatementEntry> statements,
      List<String> outcomes,
      List<CitationEntry> citations) {
    public MeetingEntry {
      parties = listOf(parties);
      participants = listOf(participants);
      topics = listOf(topics);
      statements = listOf(statements);
      outcomes = listOf(outcomes);
      citations = listOf(citations);
    }
  }

  public record ActionEntry(
      AgreementAction.Kind kind,
      String party,
      String person,
      PartialDate date,
      PartialDate effective,
      PlaceEntry place,
      String note,
      List<CitationEntry> citations) {
    public ActionEntry {
      citations = listOf(citations);
    }
  }

  public record AgreementEntry(
      String key,
      String title,
      String shortTitle,
      AgreementKind kind,
      String summary,
      List<String> parties,
      List<ActionEntry> actions,
      String replaces,
      String firstInRegion,
      List<Identifier> identifiers,
      List<CitationEntry> citations) {
    public AgreementEntry {
      parties = listOf(parties);
      actions = listOf(actions);
      identifiers = listOf(identifiers);
      citations = listOf(citations);
    }
  }

  public record NegotiatingPartyEntry(String party, String negotiator) {}

  public record StepEntry(
      NegotiationStep.Kind kind,
      PartialDate date,
      String meeting,
      Integer round,
      String authorisedBy,
      String authorised,
      String directives,
      String note,
      List<CitationEntry> citations) {
    public StepEntry {
      citations = listOf(citations);
    }
  }

  public record NegotiationEntry(
      String key,
      String title,
      String subject,
      List<NegotiatingPartyEntry> parties,
      List<String> topics,
      List<StepEntry> steps,
      TargetDate.Setting target,
      PartialDate targetDate,
      String agreement,
      List<CitationEntry> citations) {
    public NegotiationEntry {
      parties = listOf(parties);
      topics = listOf(topics);
      steps = listOf(steps);
      target = Objects.requireNonNullElse(target, TargetDate.Setting.UNKNOWN);
      citations = listOf(citations);
    }
  }
}
