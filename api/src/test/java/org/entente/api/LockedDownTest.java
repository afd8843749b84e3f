package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/** A production server with GraphiQL and introspection switched off. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.graphiql.enabled=false", "entente.introspection.enabled=false"})
@Import({TestDatabaseProperties.class, Api.class})
class LockedDownTest {

  @Autowired Api api;

  @Test
  void graphiql_isNotFound() {
    for (String path : new String[] {"/graphiql", "/graphiql/", "/graphiql/index.html"}) {
      api.http().get().uri(path).exchange().expectStatus().isNotFound();
    }
  }

  @Test
  void introspection_isRefused() {
    String body = api.post(Map.of("query", "{ __schema { types { name } } }"), HttpStatus.OK);
    assertThat(Responses.code(body)).isEqualTo("INTROSPECTION_DISABLED");
  }

  @Test
  void typeNames_stillAnswer_becauseClientsNeedThemForUnions() {
    String body =
        api.post(
            Map.of("query", "{ search(text: \"Kallas\", first: 1) { node { __typename } } }"),
            HttpStatus.OK);
    assertThat(body).contains("\"__typename\":\"Person\"").doesNotContain("errors");
  }
}
