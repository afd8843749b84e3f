package org.entente.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.api.benchmark.LoadDriver.Measurement;
import org.entente.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's own parts that the README promises, checked without the generated data: which
 * queries run, the warm-up, and the server in a JVM of its own.
 */
class BenchmarkKitTest {

  private static BenchmarkQuery named(String name) {
    return new BenchmarkQuery(name, "{ __typename }", Map.of(), "select 1", List.of());
  }

  @Test
  void onlyTheQueriesWhoseLettersAreGiven_run() {
    List<BenchmarkQuery> all =
        List.of(named("a. meeting"), named("b. 50 meetings"), named("e. timeline"));

    assertThat(BenchmarkQueries.only(all, "a,e"))
        .extracting(BenchmarkQuery::name)
        .containsExactly("a. meeting", "e. timeline");
    assertThat(BenchmarkQueries.only(all, "")).isEqualTo(all);
  }

  @Test
  void theJitWarmUp_runsEveryRequest_andIsNotMeasured() throws Exception {
    AtomicInteger first = new AtomicInteger();
    AtomicInteger second = new AtomicInteger();
    LoadDriver driver = new LoadDriver(Duration.ZERO, Duration.ofMillis(100), 1_000);

    driver.warmUp(
        List.of(first::incrementAndGet, second::incrementAndGet), 2, Duration.ofMillis(200));
    assertThat(first).hasPositiveValue();
    assertThat(second).hasPositiveValue();

    AtomicInteger measured = new AtomicInteger();
    Measurement measurement = driver.run(measured::incrementAndGet, 2);
    assertThat(measurement.requests()).isEqualTo(measured.get()).isPositive();
    assertThat(measurement.perSecond()).isPositive();
  }

  @Test
  void aWrongAnswer_stopsTheBenchmark() {
    LoadDriver driver = new LoadDriver(Duration.ZERO, Duration.ofMillis(100), 1_000);

    assertThatThrownBy(
            () ->
                driver.run(
                    () -> {
                      throw new IllegalStateException("GraphQL answered 500");
                    },
                    2))
        .hasMessage("GraphQL answered 500");
  }

  @Test
  void theServer_runsInAJvmOfItsOwn_answersOverHttp_andStopsWhenClosed() throws Exception {
    TestDatabase test = TestDatabase.shared();
    ServerProcess server =
        ServerProcess.start(new BenchmarkDatabase(test.url(), test.user(), test.password()));
    try {
      assertThat(server.pid()).isNotEqualTo(ProcessHandle.current().pid());
      assertThat(new GraphQlClient(server.graphQl()).post(GraphQlClient.body(named("t"))))
          .startsWith("{\"data\":{\"__typename\":\"Query\"}");
      // The no-data row the README describes: the same answer by GraphQL and by its floor.
      BenchmarkQuery nothing = BenchmarkQueries.nothing();
      assertThat(new GraphQlClient(server.graphQl()).post(GraphQlClient.body(nothing)))
          .startsWith("{\"data\":{\"__typename\":\"Query\"}");
      try (SqlFloor floor =
          new SqlFloor(new BenchmarkDatabase(test.url(), test.user(), test.password()), 1)) {
        assertThat(floor.fetch(nothing)).isEqualTo("{\"__typename\":\"Query\"}");
      }
    } finally {
      server.close();
    }
    assertThat(server.isAlive()).isFalse();
  }
}
