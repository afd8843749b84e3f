package org.entente.api.graphql.limits;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.ParserOptions;
import org.entente.api.graphql.instrumentation.OperationChecks;

/**
 * Bounds on a document's text, so that a huge or deeply nested one is refused while it is being
 * parsed, before it costs memory and time. graphql-java reads them from each request's context;
 * setting them JVM-wide instead would leak into every other application in the same JVM, tests
 * included.
 */
final class ParserLimits extends SimplePerformantInstrumentation implements OperationChecks.Check {

  private final ParserOptions options;

  ParserLimits(Limits.Parser limits) {
    this.options = limits.options();
  }

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput input,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    input.getGraphQLContext().put(ParserOptions.class, options);
    return input;
  }
}
