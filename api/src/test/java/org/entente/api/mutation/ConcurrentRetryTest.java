package org.entente.api.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's safe retries when the retries race: requests with one {@code Idempotency-Key} sent
 * at once write once, and every one of them answers what was written.
 */
@ApiTest
class ConcurrentRetryTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void concurrentRetriesWithTheSameIdempotencyKey_writeOnce_andAllAnswerTheSameParty() {
    String key = UUID.randomUUID().toString();
    String name = "Raced Org " + key;
    Map<String, Object> input = Map.of("kind", "INTERNATIONAL_ORGANISATION", "name", name);
    List<CompletableFuture<String>> retries =
        IntStream.range(0, 4)
            .mapToObj(
                attempt ->
                    CompletableFuture.supplyAsync(
                        () ->
                            api.graphQl(Role.EDITOR)
                                .mutate()
                                .header("Idempotency-Key", key)
                                .build()
                                .document(
                                    "mutation($input: CreatePartyInput!) {"
                                        + " createParty(input: $input) { party { id } } }")
                                .variable("input", input)
                                .execute()
                                .path("createParty.party.id")
                                .entity(String.class)
                                .get()))
            .toList();
    List<String> ids = retries.stream().map(CompletableFuture::join).toList();
    assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
    assertThat(jdbc.queryForObject("select count(*) from party where name = ?", Long.class, name))
        .isEqualTo(1L);
  }
}
