package org.entente.api.graphql.instrumentation;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.dataloader.DataLoader;

/**
 * Every event of a subscription answered from what is recorded when it happens. graphql-java
 * answers all the events of a subscription with the data loaders of its start, which keep what they
 * have loaded: a negotiation's version, loaded by its key, stayed that of the first event for as
 * long as the subscription lasted, and the loaders grew with every record an event named.
 */
public final class FreshLoadersPerEvent extends SimplePerformantInstrumentation
    implements OperationChecks.Check {

  @Override
  public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    parameters
        .getExecutionContext()
        .getDataLoaderRegistry()
        .getDataLoaders()
        .forEach(DataLoader::clearAll);
    return null;
  }
}
