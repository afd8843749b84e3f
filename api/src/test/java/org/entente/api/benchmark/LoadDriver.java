package org.entente.api.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a request in a closed loop on a fixed number of threads: a warm-up whose figures are
 * dropped, then a measured phase. Each thread stops at the phase's deadline or after its share of
 * the request limit, whichever comes first.
 */
final class LoadDriver {

  /** One request; it throws when the answer is wrong, which stops the benchmark. */
  interface Request {
    void run() throws Exception;
  }

  /** What a measured phase achieved. */
  record Measurement(int concurrency, long requests, double perSecond, double p50, double p99) {}

  private final Duration warmUp;
  private final Duration measured;
  private final long maxRequests;

  LoadDriver(Duration warmUp, Duration measured, long maxRequests) {
    this.warmUp = warmUp;
    this.measured = measured;
    this.maxRequests = maxRequests;
  }

  /**
   * Runs requests picked at random from these on each thread for a while, figures dropped, so that
   * the JIT has compiled what all of them run before any is measured.
   */
  void warmUp(List<Request> requests, int concurrency, Duration duration) throws Exception {
    Request any = () -> requests.get(ThreadLocalRandom.current().nextInt(requests.size())).run();
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    try {
      phase(threads, any, concurrency, duration);
    } finally {
      threads.shutdownNow();
    }
  }

  Measurement run(Request request, int concurrency) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    try {
      phase(threads, request, concurrency, warmUp);
      return phase(threads, request, concurrency, measured);
    } finally {
      threads.shutdownNow();
    }
  }

  private Measurement phase(
      ExecutorService threads, Request request, int concurrency, Duration duration)
      throws Exception {
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    long share = Math.max(1, maxRequests / concurrency);
    List<Future<long[]>> workers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      workers.add(threads.submit(() -> loop(request, deadline, share)));
    }
    List<long[]> latencies = new ArrayList<>();
    try {
      for (Future<long[]> worker : workers) {
        latencies.add(worker.get());
      }
    } catch (ExecutionException e) {
      workers.forEach(worker -> worker.cancel(true));
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Measurement(
        concurrency, all.length, all.length / seconds, millis(all, 0.50), millis(all, 0.99));
  }

  private static long[] loop(Request request, long deadline, long limit) throws Exception {
    long[] latencies = new long[1024];
    int count = 0;
    while (count < limit && System.nanoTime() < deadline) {
      long before = System.nanoTime();
      request.run();
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = System.nanoTime() - before;
    }
    return Arrays.copyOf(latencies, count);
  }

  private static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
