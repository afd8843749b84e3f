/**
 * A benchmark kit: generates a large deterministic dataset at a scale factor, drives the running
 * server's GraphQL API over HTTP and compares it with hand-written SQL for the same data. Run it
 * with {@code -Dgroups=benchmark} (see {@link org.entente.api.benchmark.BenchmarkTest}).
 */
package org.entente.api.benchmark;
