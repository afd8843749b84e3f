package org.entente.persistence;

import java.util.List;
import org.entente.domain.PartialDate;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.Dossier.ActionEntry;
import org.entente.domain.dossier.Dossier.AgreementEntry;
import org.entente.domain.dossier.Dossier.CitationEntry;
import org.entente.domain.dossier.Dossier.MeetingEntry;
import org.entente.domain.dossier.Dossier.NegotiatingPartyEntry;
import org.entente.domain.dossier.Dossier.NegotiationEntry;
import org.entente.domain.dossier.Dossier.OfficeEntry;
import org.entente.domain.dossier.Dossier.ParticipantEntry;
import org.entente.domain.dossier.Dossier.PartyEntry;
import org.entente.domain.dossier.Dossier.PersonEntry;
import org.entente.domain.dossier.Dossier.PlaceEntry;
import org.entente.domain.dossier.Dossier.SourceEntry;
import org.entente.domain.dossier.Dossier.StatementEntry;
import org.entente.domain.dossier.Dossier.StepEntry;
import org.entente.domain.dossier.Dossier.TenureEntry;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.PartyKind;

/**
 * A small, valid dossier of two organisations whose names carry a tag, so that tests can import it
 * many times into one database and still tell their records apart.
 */
public final class SmallDossier {

  private SmallDossier() {}

  public static Dossier tagged(String tag) {
    List<CitationEntry> cited = List.of(new CitationEntry("report", null));
    return new Dossier(
        "small-" + tag,
        List.of(),
        List.of(
            new SourceEntry(
                "report",
                "Test Wire " + tag,
                "Report " + tag,
                "https://example.org/" + tag,
                "en",
                PartialDate.parse("2024-05"),
                null)),
        List.of(
            new PartyEntry(
                "north",
                PartyKind.INTERNATIONAL_ORGANISATION,
                "Northern Union " + tag,
                null,
                null,
                null,
                List.of("europe"),
                List.of()),
            new PartyEntry(
                "south",
                PartyKind.INTERNATIONAL_ORGANISATION,
                "Southern League " + tag,
                null,
                null,
                null,
                List.of(),
                List.of()),
            new PartyEntry(
                "north-council",
                PartyKind.INSTITUTION,
                "Council of the Northern Union " + tag,
                null,
                null,
                "north",
                List.of(),
                List.of())),
        List.of(
            new PersonEntry("ana", "Ana Nord " + tag, List.of("Anna Nord " + tag), List.of()),
            new PersonEntry("sol", "Sol Sud " + tag, List.of(), List.of())),
        List.of(
            new OfficeEntry(
                "north-chair", "Chair of the Northern Union " + tag, "north", true, List.of()),
            new OfficeEntry(
                "south-envoy", "Envoy of the Southern League " + tag, "south", false, List.of())),
        List.of(
            new TenureEntry("ana", "north-chair", PartialDate.parse("2020-01-01"), null, cited),
            new TenureEntry("sol", "south-envoy", PartialDate.parse("2021"), null, cited)),
        List.of(
            new MeetingEntry(
                "summit",
                "Summit " + tag,
                MeetingKind.SUMMIT,
                MeetingStatus.HELD,
                PartialDate.parse("2024-05-02/2024-05-03"),
                new PlaceEntry("Geneva", null),
                null,
                List.of("north", "south"),
                List.of(
                    new ParticipantEntry("ana", ParticipantRole.HOST, "north-chair", "north"),
                    new ParticipantEntry("sol", ParticipantRole.GUEST, "south-envoy", "south")),
                List.of("trade", "middle-corridor"),
                List.of(
                    new StatementEntry(
                        "ana",
                        StatementKind.QUOTE,
                        "We will trade more " + tag,
                        List.of("trade"),
                        cited)),
                List.of("Talks opened " + tag),
                cited)),
        List.of(
            new AgreementEntry(
                "pact",
                "Pact " + tag,
                null,
                AgreementKind.TRADE,
                null,
                List.of("north", "south"),
                List.of(
                    new ActionEntry(
                        AgreementAction.Kind.SIGNED,
                        null,
                        null,
                        PartialDate.parse("2024-05-03"),
                        null,
                        null,
                        null,
                        cited),
                    new ActionEntry(
                        AgreementAction.Kind.ENTERED_INTO_FORCE,
                        null,
                        null,
                        PartialDate.parse("2024-06"),
                        null,
                        null,
                        null,
                        cited)),
                null,
                null,
                List.of(),
                cited)),
        List.of(
            new NegotiationEntry(
                "talks",
                "Talks " + tag,
                null,
                List.of(
                    new NegotiatingPartyEntry("north", "north-council"),
                    new NegotiatingPartyEntry("south", null)),
                List.of("trade"),
                List.of(
                    new StepEntry(
                        NegotiationStep.Kind.LAUNCHED,
                        PartialDate.parse("2024-05-02"),
                        "summit",
                        null,
                        null,
                        null,
                        null,
                        null,
                        cited),
                    new StepEntry(
                        NegotiationStep.Kind.CONCLUDED,
                        PartialDate.parse("2024-05-03"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        cited)),
                TargetDate.Setting.NOT_SET,
                null,
                "pact",
                cited)));
  }
}
