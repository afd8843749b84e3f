package org.entente.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.domain.agreement.AgreementAction;
import org.entente.domain.agreement.AgreementKind;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.meeting.ParticipantRole;
import org.entente.domain.meeting.StatementKind;
import org.entente.domain.negotiation.NegotiationStep;
import org.entente.domain.negotiation.TargetDate;
import org.entente.domain.party.PartyKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema that documents the dossier format says what the reader reads: the same fields for
 * every kind of entry, the same values for every enumeration.
 */
class DossierSchemaTest {

  private static JsonNode schema() throws IOException {
    try (InputStream schema = new ClassPathResource(DossierJson.SCHEMA).getInputStream()) {
      return Dossiers.JSON.readTree(schema);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void everyKindOfEntry_hasTheFieldsOfItsRecord() throws IOException {
    JsonNode definitions = schema().get("$defs");
    Map<String, Class<? extends Record>> entries =
        Map.ofEntries(
            Map.entry("topic", Dossier.TopicEntry.class),
            Map.entry("source", Dossier.SourceEntry.class),
            Map.entry("party", Dossier.PartyEntry.class),
            Map.entry("person", Dossier.PersonEntry.class),
            Map.entry("office", Dossier.OfficeEntry.class),
            Map.entry("tenure", Dossier.TenureEntry.class),
            Map.entry("participant", Dossier.ParticipantEntry.class),
            Map.entry("statement", Dossier.StatementEntry.class),
            Map.entry("meeting", Dossier.MeetingEntry.class),
            Map.entry("action", Dossier.ActionEntry.class),
            Map.entry("agreement", Dossier.AgreementEntry.class),
            Map.entry("negotiatingParty", Dossier.NegotiatingPartyEntry.class),
            Map.entry("step", Dossier.StepEntry.class),
            Map.entry("negotiation", Dossier.NegotiationEntry.class),
            Map.entry("citation", Dossier.CitationEntry.class),
            Map.entry("place", Dossier.PlaceEntry.class));
    entries.forEach(
        (definition, entry) ->
            assertThat(names(definitions.get(definition).get("properties")))
                .as(definition)
                .containsExactlyInAnyOrderElementsOf(components(entry)));
    assertThat(names(schema().get("properties")))
        .containsExactlyInAnyOrderElementsOf(components(Dossier.class));
  }

  private static List<String> components(Class<? extends Record> record) {
    return Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  @Test
  void everyEnumeration_hasTheValuesOfTheDomain() throws IOException {
    JsonNode definitions = schema().get("$defs");
    Map<String, Class<? extends Enum<?>>> enumerations =
        Map.of(
            "party/kind", PartyKind.class,
            "meeting/kind", MeetingKind.class,
            "meeting/status", MeetingStatus.class,
            "participant/role", ParticipantRole.class,
            "statement/kind", StatementKind.class,
            "action/kind", AgreementAction.Kind.class,
            "agreement/kind", AgreementKind.class,
            "step/kind", NegotiationStep.Kind.class,
            "negotiation/target", TargetDate.Setting.class);
    enumerations.forEach(
        (field, values) -> {
          String[] at = field.split("/");
          List<String> listed = new ArrayList<>();
          definitions
              .get(at[0])
              .get("properties")
              .get(at[1])
              .get("enum")
              .forEach(value -> listed.add(value.stringValue()));
          assertThat(listed)
              .as(field)
              .containsExactly(
                  Stream.of(values.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        });
  }

  @Test
  void theDemoDossier_isInTheFormat() throws IOException {
    try (InputStream demo =
        new ClassPathResource(DemoDossierLoader.DEMO_DOSSIER).getInputStream()) {
      assertThat(DossierJson.read(demo).problems()).isEmpty();
    }
  }
}
