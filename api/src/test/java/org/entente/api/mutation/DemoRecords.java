package org.entente.api.mutation;

import org.entente.api.Api;
import org.entente.domain.access.Role;

/**
 * The demo dossier's records that the meeting and statement tests refer to, by global ID. The tests
 * only ever point at these records; the meetings and statements they write are their own.
 */
final class DemoRecords {

  private final Api api;

  DemoRecords(Api api) {
    this.api = api;
  }

  String party(String alpha2) {
    return api.partyId("ISO_3166_ALPHA2", alpha2);
  }

  String europeanUnion() {
    return api.partyId("WIKIDATA", "Q458");
  }

  String person(String name) {
    return first("{ people(first: 100) { nodes { id name } } }", "people", "name", name);
  }

  String office(String name) {
    return first("{ offices(first: 100) { nodes { id name } } }", "offices", "name", name);
  }

  String source(String title) {
    return first("{ sources(first: 100) { nodes { id title } } }", "sources", "title", title);
  }

  String topic(String code) {
    return api.graphQl(Role.EDITOR)
        .document("query($code: String!) { topic(code: $code) { id } }")
        .variable("code", code)
        .execute()
        .path("topic.id")
        .entity(String.class)
        .get();
  }

  private String first(String document, String list, String field, String value) {
    return api.graphQl(Role.EDITOR)
        .document(document)
        .execute()
        .path(list + ".nodes[?(@." + field + " == '" + value + "')].id")
        .entityList(String.class)
        .get()
        .get(0);
  }
}
