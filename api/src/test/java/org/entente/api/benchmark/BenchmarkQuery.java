package org.entente.api.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmarked question: a GraphQL document with its variables, and the same data fetched by one
 * hand-written SQL statement (the floor) with its parameters.
 */
record BenchmarkQuery(
    String name,
    String document,
    Map<String, String> variables,
    String sql,
    List<Object> parameters) {

  BenchmarkQuery {
    variables = new LinkedHashMap<>(variables);
    parameters = List.copyOf(parameters);
  }

  /** Variables from alternating names and values. */
  static Map<String, String> variables(String... namesAndValues) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }
}
