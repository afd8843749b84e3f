package org.entente.api.benchmark;

import java.util.Locale;
import org.entente.api.benchmark.LoadDriver.Measurement;

/** The printed table: per question, GraphQL at concurrency 1 and 8, the SQL floor, their ratio. */
final class BenchmarkReport {

  private static final String ROW = "%-30s | %s | %s | %s | %9s%n";
  private final StringBuilder table = new StringBuilder();

  BenchmarkReport(String title) {
    table.append(title).append('\n');
    line("", "GraphQL, 1 client", "GraphQL, 8 clients", "SQL floor, 8 conns", "GraphQL/");
    line(
        "query",
        figures("req/s", "p50 ms", "p99 ms"),
        figures("req/s", "p50 ms", "p99 ms"),
        figures("req/s", "p50 ms", "p99 ms"),
        "floor c=8");
  }

  void add(String query, Measurement one, Measurement eight, Measurement floor) {
    line(
        query,
        figures(one),
        figures(eight),
        figures(floor),
        String.format(Locale.ROOT, "%.2f", eight.perSecond() / floor.perSecond()));
  }

  void skip(String query, String reason) {
    table.append(String.format(Locale.ROOT, "%-30s | skipped: %s%n", query, reason));
  }

  private void line(String query, String one, String eight, String floor, String ratio) {
    table.append(String.format(Locale.ROOT, ROW, query, one, eight, floor, ratio));
  }

  private static String figures(Measurement m) {
    return String.format(Locale.ROOT, "%8.1f %7.2f %7.2f", m.perSecond(), m.p50(), m.p99());
  }

  private static String figures(String perSecond, String p50, String p99) {
    return String.format(Locale.ROOT, "%8s %7s %7s", perSecond, p50, p99);
  }

  @Override
  public String toString() {
    return table.toString();
  }
}
