package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.Api.onlyError;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Relay's global IDs: every node can be fetched again by its ID; bad IDs get clear errors. */
@ApiTest
class NodeTest {

  @Autowired Api api;

  @Test
  void everyListedMeeting_isFetchedAgainByItsGlobalId() {
    String id =
        api.graphQl()
            .document("{ meetings(first: 1) { nodes { id } } }")
            .execute()
            .path("meetings.nodes[0].id")
            .entity(String.class)
            .get();
    api.graphQl()
        .document("query($id: ID!) { node(id: $id) { id __typename ... on Meeting { title } } }")
        .variable("id", id)
        .execute()
        .path("node.id")
        .entity(String.class)
        .isEqualTo(id)
        .path("node.__typename")
        .entity(String.class)
        .isEqualTo("Meeting");
  }

  @Test
  void nodes_keepTheOrderOfTheIds_andAnswerNullForAMissingOne() {
    String party =
        api.graphQl()
            .document("{ parties(first: 1) { nodes { id } } }")
            .execute()
            .path("parties.nodes[0].id")
            .entity(String.class)
            .get();
    String topic =
        api.graphQl()
            .document("{ topic(code: \"energy\") { id } }")
            .execute()
            .path("topic.id")
            .entity(String.class)
            .get();
    String missing = Api.missing("Party");
    api.graphQl()
        .document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }")
        .variable("ids", java.util.List.of(topic, missing, party))
        .execute()
        .path("nodes[*].__typename")
        .entityList(String.class)
        .containsExactly("Topic", "Party")
        .path("nodes[1]")
        .valueIsNull();
  }

  @Test
  void aMalformedId_isABadRequestWithAClearMessage() {
    api.graphQl()
        .document("{ meeting(id: \"not-an-id!\") { title } }")
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error -> {
                  assertThat(error.getMessage()).isEqualTo("'not-an-id!' is not an Entente ID");
                  assertThat(error.getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                }));
  }

  @Test
  void theIdOfAnotherType_isRefusedByName() {
    String topic =
        api.graphQl()
            .document("{ topic(code: \"energy\") { id } }")
            .execute()
            .path("topic.id")
            .entity(String.class)
            .get();
    api.graphQl()
        .document("query($id: ID!) { meeting(id: $id) { title } }")
        .variable("id", topic)
        .execute()
        .errors()
        .satisfy(
            onlyError(
                error ->
                    assertThat(error.getMessage())
                        .endsWith("is the ID of a Topic, not of a Meeting")));
  }

  @Test
  void aLookupWithNeitherIdNorIdentifier_isRefused() {
    api.graphQl()
        .document("{ party { name } }")
        .execute()
        .errors()
        .expect(error -> "give either id or identifier".equals(error.getMessage()))
        .verify();
  }
}
