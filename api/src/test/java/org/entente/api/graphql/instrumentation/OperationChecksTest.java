package org.entente.api.graphql.instrumentation;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The instrumentation the served GraphQL runs: every instrumentation of the application, once. */
@ApiTest
class OperationChecksTest {

  @Autowired GraphQlSource source;
  @Autowired List<Instrumentation> beans;

  @Test
  void everyInstrumentationRuns_andTheOperationChecksAsOneMemberOfTheChain() {
    List<Instrumentation> chain =
        ((ChainedInstrumentation) source.graphQl().getInstrumentation()).getInstrumentations();
    List<Instrumentation> grouped =
        chain.stream().filter(OperationChecks.class::isInstance).toList();
    assertThat(grouped).hasSize(1);

    List<Instrumentation> served = new ArrayList<>(chain);
    served.remove(grouped.get(0));
    List<Instrumentation> checks = ((OperationChecks) grouped.get(0)).getInstrumentations();
    assertThat(checks).isNotEmpty().allMatch(OperationChecks.Check.class::isInstance);
    served.addAll(checks);
    assertThat(served).containsExactlyInAnyOrderElementsOf(beans);
    // Spring's observations look at every field, so they stay a member of their own.
    assertThat(chain).anyMatch(member -> !(member instanceof OperationChecks));
  }
}
