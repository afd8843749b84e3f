package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.api.DatabaseState;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Recording, correcting and retiring parties through the API, and every way it can be refused. */
@ApiTest
class PartyMutationsTest {

  private static final String PARTY_FIELDS =
      "party { id name shortName kind version retiredAt isoCodes { alpha2 } regions { code }"
          + " parent { name } identifiers { scheme value } }"
          + " userErrors { path message code }";

  @Autowired Api api;
  @Autowired DatabaseState database;

  private GraphQlTester.Response create(Map<String, Object> input) {
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: CreatePartyInput!) { createParty(input: $input) { "
                + PARTY_FIELDS
                + " } }")
        .variable("input", input)
        .execute();
  }

  private GraphQlTester.Response update(Map<String, Object> input) {
    return api.graphQl(Role.EDITOR)
        .document(
            "mutation($input: UpdatePartyInput!) { updateParty(input: $input) { "
                + PARTY_FIELDS
                + " } }")
        .variable("input", input)
        .execute();
  }

  private String created(String name) {
    return create(Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", name))
        .path("createParty.party.id")
        .entity(String.class)
        .get();
  }

  /** Asserts the mutation wrote nothing and answered exactly this userError. */
  private void refused(String mutation, Map<String, Object> input, String code, String... path) {
    new Recorder(api, database).refused(mutation, input, code, path);
  }

  @Test
  void createParty_recordsAStateWithItsRegionsAndIdentifiers_atVersionOne() {
    GraphQlTester.Response response =
        create(
            Map.of(
                "kind",
                "STATE",
                "name",
                "Republic of Uzbekistan",
                "shortName",
                "Uzbekistan",
                "isoCodes",
                Map.of("alpha2", "MN", "alpha3", "MNG", "numeric", "496"),
                "regions",
                List.of("central-asia"),
                "identifiers",
                List.of(Map.of("scheme", "WIKIDATA", "value", "Q711"))));
    response.path("createParty.userErrors").entityList(Object.class).hasSize(0);
    response.path("createParty.party.version").entity(Integer.class).isEqualTo(1);
    response.path("createParty.party.isoCodes.alpha2").entity(String.class).isEqualTo("MN");
    response
        .path("createParty.party.regions[*].code")
        .entityList(String.class)
        .containsExactly("central-asia");
    assertThat(api.partyId("WIKIDATA", "Q711"))
        .isEqualTo(response.path("createParty.party.id").entity(String.class).get());
  }

  @Test
  void createParty_refusesIsoCodesForAnOrganisation() {
    refused(
        "createParty",
        Map.of(
            "kind", "INTERNATIONAL_ORGANISATION",
            "name", "Organisation of Turkic States",
            "isoCodes", Map.of("alpha2", "XT", "alpha3", "XTS", "numeric", "999")),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void createParty_refusesAnInstitutionWithoutTheParty_itBelongsTo() {
    refused(
        "createParty",
        Map.of("kind", "INSTITUTION", "name", "Council of the Turkic States"),
        "INVALID_INPUT",
        "input");
  }

  @Test
  void createParty_refusesAnUnknownRegion_atItsPlaceInTheList() {
    refused(
        "createParty",
        Map.of(
            "kind", "INTERNATIONAL_ORGANISATION",
            "name", "Caspian Forum",
            "regions", List.of("central-asia", "atlantis")),
        "UNKNOWN_REFERENCE",
        "input",
        "regions",
        "1");
  }

  @Test
  void createParty_refusesAParentIdThatIsNoPartysId() {
    String topic =
        api.graphQl(Role.EDITOR)
            .document("{ topic(code: \"energy\") { id } }")
            .execute()
            .path("topic.id")
            .entity(String.class)
            .get();
    refused(
        "createParty",
        Map.of("kind", "INSTITUTION", "name", "Energy Office", "parent", topic),
        "INVALID_ID",
        "input",
        "parent");
    refused(
        "createParty",
        Map.of("kind", "INSTITUTION", "name", "Energy Office", "parent", "not-an-id"),
        "INVALID_ID",
        "input",
        "parent");
  }

  @Test
  void createParty_refusesAParentThatDoesNotExist() {
    refused(
        "createParty",
        Map.of("kind", "INSTITUTION", "name", "Ghost Office", "parent", Api.missing("Party")),
        "UNKNOWN_REFERENCE",
        "input",
        "parent");
  }

  @Test
  void createParty_refusesAnIdentifierThatNamesAnotherRecord() {
    refused(
        "createParty",
        Map.of(
            "kind", "INTERNATIONAL_ORGANISATION",
            "name", "Second European Union",
            "identifiers",
                List.of(
                    Map.of("scheme", "LEI", "value", "NEW-1"),
                    Map.of("scheme", "WIKIDATA", "value", "Q458"))),
        "DUPLICATE_IDENTIFIER",
        "input",
        "identifiers",
        "1");
  }

  @Test
  void createParty_refusesAnIsoCodeAnotherStateHas() {
    refused(
        "createParty",
        Map.of(
            "kind", "STATE",
            "name", "Second Kazakhstan",
            "isoCodes", Map.of("alpha2", "KZ", "alpha3", "KZX", "numeric", "998")),
        "DUPLICATE",
        "input",
        "isoAlpha2");
  }

  @Test
  void updateParty_changesTheFieldsGiven_keepsTheOthers_andRaisesTheVersion() {
    String id =
        create(
                Map.of(
                    "kind",
                    "INTERNATIONAL_ORGANISATION",
                    "name",
                    "Eurasian Bank",
                    "shortName",
                    "EB"))
            .path("createParty.party.id")
            .entity(String.class)
            .get();
    GraphQlTester.Response renamed =
        update(Map.of("id", id, "version", 1, "name", "Eurasian Development Bank"));
    renamed.path("updateParty.userErrors").entityList(Object.class).hasSize(0);
    renamed
        .path("updateParty.party.name")
        .entity(String.class)
        .isEqualTo("Eurasian Development Bank");
    renamed.path("updateParty.party.shortName").entity(String.class).isEqualTo("EB");
    renamed.path("updateParty.party.version").entity(Integer.class).isEqualTo(2);

    update(Recorder.input("id", id, "version", 2, "shortName", null))
        .path("updateParty.party.shortName")
        .valueIsNull();
  }

  @Test
  void updateParty_withAStaleVersion_isAConflictThatSaysWhatChanged() {
    String id = created("Shanghai Cooperation Organisation");
    update(Map.of("id", id, "version", 1, "shortName", "SCO"))
        .path("updateParty.userErrors")
        .entityList(Object.class)
        .hasSize(0);
    String message =
        new Recorder(api, database)
            .refused(
                "updateParty",
                Map.of("id", id, "version", 1, "name", "SCO"),
                "CONFLICT",
                "input",
                "version");
    assertThat(message).contains("version 1", "now 2", "short_name");
  }

  @Test
  void updateParty_refusesAnIdOfNoParty() {
    refused(
        "updateParty",
        Map.of("id", Api.missing("Party"), "version", 1),
        "NOT_FOUND",
        "input",
        "id");
  }

  @Test
  void twoConcurrentWriters_ofTheSameVersion_oneWinsAndTheOtherIsAConflict() {
    String id = created("Conference on Interaction in Asia");
    List<CompletableFuture<String>> writers =
        List.of("CICA", "CIC").stream()
            .map(
                shortName ->
                    CompletableFuture.supplyAsync(
                        () ->
                            update(Map.of("id", id, "version", 1, "shortName", shortName))
                                .path("updateParty.userErrors[*].code")
                                .entityList(String.class)
                                .get()
                                .stream()
                                .findFirst()
                                .orElse("OK")))
            .toList();
    assertThat(writers.stream().map(CompletableFuture::join))
        .containsExactlyInAnyOrder("OK", "CONFLICT");
  }

  @Test
  void retireParty_takesItOutOfLists_butKeepsItReadableById() {
    String id = created("Commonwealth of Independent States");
    GraphQlTester.Response retired =
        api.graphQl(Role.EDITOR)
            .document(
                "mutation($id: ID!) { retireParty(input: {id: $id, version: 1}) { "
                    + PARTY_FIELDS
                    + " } }")
            .variable("id", id)
            .execute();
    retired
        .path("retireParty.party.retiredAt")
        .entity(String.class)
        .satisfies(at -> assertThat(at).endsWith("Z"));
    retired.path("retireParty.party.version").entity(Integer.class).isEqualTo(2);
    api.graphQl(Role.EDITOR)
        .document(
            "{ parties(first: 100, filter: {kinds: [INTERNATIONAL_ORGANISATION]}) { nodes { id } } }")
        .execute()
        .path("parties.nodes[*].id")
        .entityList(String.class)
        .doesNotContain(id);
    api.graphQl(Role.EDITOR)
        .document(
            "mutation($id: ID!) { retireParty(input: {id: $id, version: 2}) { userErrors { code } } }")
        .variable("id", id)
        .execute()
        .path("retireParty.userErrors[0].code")
        .entity(String.class)
        .isEqualTo("RETIRED");
  }

  @Test
  void history_showsWhoChangedWhat_oldestFirst() {
    String id = created("Organisation for Security and Co-operation in Europe");
    update(Map.of("id", id, "version", 1, "shortName", "OSCE"));
    GraphQlTester.Response history =
        api.graphQl(Role.EDITOR)
            .document(
                "query($id: ID!) { node(id: $id) { ... on Party {"
                    + " history { operation table actor at before after } } } }")
            .variable("id", id)
            .execute();
    history
        .path("node.history[*].operation")
        .entityList(String.class)
        .containsExactly("INSERT", "UPDATE");
    history.path("node.history[0].before").valueIsNull();
    history.path("node.history[1].before.short_name").valueIsNull();
    history.path("node.history[1].after.short_name").entity(String.class).isEqualTo("OSCE");
    history.path("node.history[1].after.version").entity(Integer.class).isEqualTo(2);
  }

  @Test
  void aRetryWithTheSameIdempotencyKey_writesOnce_andAnswersTheSameParty() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> input = Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", "Retried Org");
    List<String> ids =
        List.of(1, 2).stream()
            .map(
                attempt ->
                    api.graphQl(Role.EDITOR)
                        .mutate()
                        .header("Idempotency-Key", key)
                        .build()
                        .document(
                            "mutation($input: CreatePartyInput!) { createParty(input: $input) {"
                                + " party { id } } }")
                        .variable("input", input)
                        .execute()
                        .path("createParty.party.id")
                        .entity(String.class)
                        .get())
            .toList();
    assertThat(ids.get(1)).isEqualTo(ids.get(0));
    api.graphQl(Role.EDITOR)
        .mutate()
        .header("Idempotency-Key", key)
        .build()
        .document(
            "mutation($input: CreatePartyInput!) { createParty(input: $input) { userErrors { code } } }")
        .variable("input", Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", "Another Org"))
        .execute()
        .path("createParty.userErrors[0].code")
        .entity(String.class)
        .isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }
}
