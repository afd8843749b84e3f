package org.entente.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyId;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The field guard on a schema of its own, with fields that no area of the API has yet: any mutation
 * and any {@code history}, wherever they are declared, need their role.
 */
class GuardedFieldsTest {

  private static final String SCHEMA =
      """
      type Query { meeting: Meeting, apiKeys: [String] }
      type Mutation { createMeeting: String, revokeApiKey: String }
      interface Recorded { history: [String] }
      type Meeting implements Recorded { title: String, history: [String] }
      """;

  private final AtomicInteger writes = new AtomicInteger();

  private final GraphQlSource source =
      GraphQlSource.schemaResourceBuilder()
          .schemaResources(new ByteArrayResource(SCHEMA.getBytes(StandardCharsets.UTF_8)))
          .configureRuntimeWiring(
              wiring ->
                  wiring
                      .type(
                          "Query",
                          type ->
                              type.dataFetcher("meeting", env -> Map.of("title", "Almaty"))
                                  .dataFetcher("apiKeys", env -> List.of("first-admin")))
                      .type(
                          "Mutation",
                          type ->
                              type.dataFetcher(
                                      "createMeeting", env -> "created " + writes.incrementAndGet())
                                  .dataFetcher(
                                      "revokeApiKey", env -> "revoked " + writes.incrementAndGet()))
                      .type(
                          "Meeting",
                          type -> type.dataFetcher("history", env -> List.of("INSERT by system"))))
          .typeVisitors(List.of(new GuardedFields(new CurrentActor())))
          .build();

  @AfterEach
  void forgetTheCaller() {
    SecurityContextHolder.clearContext();
  }

  private static void callAs(Role role) {
    ApiKey key = new ApiKey(new ApiKeyId(1), "test", role, Instant.EPOCH, null, null);
    SecurityContextHolder.getContext().setAuthentication(ApiKeyAuthentication.verified(key));
  }

  private ExecutionResult run(String document) {
    return source.graphQl().execute(document);
  }

  private static String code(GraphQLError error) {
    return (String) error.getExtensions().get("code");
  }

  @Test
  void aMutation_refusedToAReader_doesNotRun() {
    callAs(Role.READER);
    ExecutionResult result = run("mutation { createMeeting }");

    assertThat(writes).hasValue(0);
    assertThat(result.<Map<String, Object>>getData()).containsEntry("createMeeting", null);
    assertThat(result.getErrors())
        .singleElement()
        .satisfies(e -> assertThat(code(e)).isEqualTo("FORBIDDEN"));
  }

  @Test
  void aMutation_refusedWithoutAKey_asksForOne() {
    ExecutionResult result = run("mutation { createMeeting }");

    assertThat(writes).hasValue(0);
    assertThat(result.getErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(code(error)).isEqualTo("UNAUTHENTICATED");
              assertThat(error.getMessage()).contains("Mutation.createMeeting", "EDITOR", "Bearer");
            });
  }

  @Test
  void anEditor_runsAnyMutationButKeyManagement() {
    callAs(Role.EDITOR);
    assertThat(run("mutation { createMeeting }").getErrors()).isEmpty();
    assertThat(run("mutation { revokeApiKey }").getErrors())
        .singleElement()
        .satisfies(error -> assertThat(error.getMessage()).contains("ADMIN"));
    assertThat(writes).hasValue(1);
  }

  @Test
  void history_onAnyType_needsAnEditor() {
    callAs(Role.READER);
    ExecutionResult refused = run("{ meeting { title history } }");
    Map<String, Object> meeting =
        refused.<Map<String, Map<String, Object>>>getData().get("meeting");
    assertThat(meeting).containsEntry("title", "Almaty").containsEntry("history", null);
    assertThat(refused.getErrors())
        .singleElement()
        .satisfies(error -> assertThat(error.getPath()).containsExactly("meeting", "history"));

    callAs(Role.EDITOR);
    assertThat(run("{ meeting { history } }").getErrors()).isEmpty();
  }

  @Test
  void theKeyList_needsAnAdmin() {
    callAs(Role.EDITOR);
    assertThat(run("{ apiKeys }").getErrors())
        .singleElement()
        .satisfies(e -> assertThat(code(e)).isEqualTo("FORBIDDEN"));
    callAs(Role.ADMIN);
    assertThat(run("{ apiKeys }").<Map<String, Object>>getData())
        .containsEntry("apiKeys", List.of("first-admin"));
  }

  @Test
  void otherFields_answerAnyone() {
    assertThat(run("{ meeting { title } }").getErrors()).isEmpty();
  }
}
