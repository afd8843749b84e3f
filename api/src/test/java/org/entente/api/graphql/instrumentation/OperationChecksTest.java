package org.entente.api.graphql.instrumentation;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.entente.api.Api;
import org.entente.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The instrumentation the served GraphQL runs: every instrumentation of the application, once, and
 * none that graphql-java must call at every object and field; and what Spring's metrics time.
 */
@ApiTest
class OperationChecksTest {

  @Autowired GraphQlSource source;
  @Autowired List<Instrumentation> beans;
  @Autowired MeterRegistry meters;
  @Autowired Api api;

  @Test
  void everyInstrumentationRuns_asTheOperationChecks() {
    Instrumentation served = source.graphQl().getInstrumentation();
    assertThat(served).isInstanceOf(OperationChecks.class);
    List<Instrumentation> checks = ((OperationChecks) served).getInstrumentations();
    assertThat(checks).allMatch(OperationChecks.Check.class::isInstance);
    assertThat(checks).containsExactlyInAnyOrderElementsOf(beans);
    assertThat(checks).anyMatch(RequestObservation.class::isInstance);
  }

  @Test
  void eachRequestIsTimed_andEachFieldAControllerAnswers_notFieldsOfLoadedRecordsNorBatches() {
    long requests = timed("graphql.request", null);
    long pages = timed("graphql.datafetcher", "parties");

    api.graphQl()
        .document("{ parties(first: 3) { nodes { name offices { name } } } }")
        .execute()
        .path("parties.nodes")
        .entityList(Object.class)
        .hasSize(3);

    assertThat(timed("graphql.request", null)).isEqualTo(requests + 1);
    assertThat(timed("graphql.datafetcher", "parties")).isEqualTo(pages + 1);
    assertThat(meters.find("graphql.datafetcher").tag("graphql.field.name", "name").meters())
        .isEmpty();
    assertThat(meters.find("graphql.dataloader").meters()).isEmpty();
  }

  /** How often the timer ran, for one field when one is named. */
  private long timed(String timer, String field) {
    var search = meters.find(timer);
    if (field != null) {
      search = search.tag("graphql.field.name", field);
    }
    return search.timers().stream().mapToLong(Timer::count).sum();
  }
}
