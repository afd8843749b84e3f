package org.entente.api.benchmark;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.api.benchmark.LoadDriver.Measurement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: prepares {@code entente_bench_s<scale>} (see {@link BenchmarkDatabase}), starts
 * the application on it in a JVM of its own ({@link ServerProcess}), drives each question over HTTP
 * at 1 and 8 concurrent clients and its SQL floor on 8 connections, and prints requests per second
 * and p50/p99 latencies. It asserts only that no response had errors. Not part of {@code ./mvnw
 * verify}; run it with:
 *
 * <pre>
 * ./mvnw -B -pl api -am verify -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.scale=1 -Dbenchmark.seconds=10 -Dbenchmark.warmup=5
 * </pre>
 *
 * <p>Before any measurement, every question and its floor run at random for {@code
 * -Dbenchmark.jitWarmup} seconds (60 by default), so that the server is measured compiled, as it
 * runs in service, rather than in the interpreter.
 *
 * <p>{@code -Dbenchmark.queries=a,e} runs only the questions whose names start with those letters.
 *
 * <p>The database is kept so that the next run at that scale skips the load; drop it with {@code
 * dropdb entente_bench_s1}.
 */
@Tag("benchmark")
class BenchmarkTest {

  private static final int CONCURRENCY = 8;

  @Test
  void graphQl_againstTheSqlFloor() throws Exception {
    long started = System.nanoTime();
    int scale = Integer.getInteger("benchmark.scale", 1);
    Duration measured = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 5));
    Duration jitWarmUp = Duration.ofSeconds(Long.getLong("benchmark.jitWarmup", 60));
    LoadDriver driver =
        new LoadDriver(warmUp, measured, Long.getLong("benchmark.maxRequests", 1_000_000));

    BenchmarkDatabase database = BenchmarkDatabase.prepare(scale);
    List<BenchmarkQuery> queries;
    try (Connection connection = database.connect()) {
      queries = BenchmarkQueries.pick(connection);
    }
    queries = BenchmarkQueries.only(queries, System.getProperty("benchmark.queries", ""));
    BenchmarkReport report =
        new BenchmarkReport(
            String.format(
                Locale.ROOT,
                "Entente benchmark, scale %d: %d s of every query to warm up the JIT, then %d s"
                    + " warm-up + %d s measured per query and concurrency",
                scale,
                jitWarmUp.toSeconds(),
                warmUp.toSeconds(),
                measured.toSeconds()));
    try (ServerProcess server = ServerProcess.start(database);
        SqlFloor floor = new SqlFloor(database, CONCURRENCY)) {
      GraphQlClient client = new GraphQlClient(server.graphQl());
      Map<BenchmarkQuery, String> served = new LinkedHashMap<>();
      List<LoadDriver.Request> everything = new ArrayList<>();
      for (BenchmarkQuery query : queries) {
        String body = GraphQlClient.body(query);
        String problem = client.problem(body);
        if (problem != null) {
          if (!problem.contains("ValidationError")) {
            throw new IllegalStateException(query.name() + " failed: " + problem);
          }
          report.skip(query.name(), "the server's schema does not have it: " + problem);
          continue;
        }
        floor.fetch(query);
        served.put(query, body);
        everything.add(() -> client.post(body));
        everything.add(() -> floor.fetch(query));
      }
      // Measured cold, the first queries ran mostly in the interpreter: a single meeting at 450
      // requests a second after a 3 s warm-up, 1,080 after 25 s.
      System.out.println("Warming up the JIT for " + jitWarmUp.toSeconds() + " s ...");
      driver.warmUp(everything, CONCURRENCY, jitWarmUp);
      for (Map.Entry<BenchmarkQuery, String> entry : served.entrySet()) {
        BenchmarkQuery query = entry.getKey();
        String body = entry.getValue();
        System.out.println("Running " + query.name() + " ...");
        Measurement one = driver.run(() -> client.post(body), 1);
        Measurement eight = driver.run(() -> client.post(body), CONCURRENCY);
        Measurement sql = driver.run(() -> floor.fetch(query), CONCURRENCY);
        report.add(query.name(), one, eight, sql);
      }
    }
    System.out.println();
    System.out.print(report);
    System.out.printf(
        Locale.ROOT, "Total run time: %.1f s%n%n", (System.nanoTime() - started) / 1e9);
  }
}
