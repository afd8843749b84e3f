package org.entente.api.replica;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition.Operation;
import org.entente.api.graphql.instrumentation.OperationChecks;

/**
 * Marks the context of a query operation so that its reads may go to the replica. The operation is
 * the one graphql-java chose to run (by {@code operationName} in a document of several), known once
 * the document is parsed and validated and before any field is fetched. A mutation is left
 * unmarked, so its payload reads what it has just written on the primary; so is a subscription,
 * whose events are read the moment their change commits, before a replica may have replayed it.
 */
final class QueriesReadFromReplica implements OperationChecks.Check {

  @Override
  public ExecutionContext instrumentExecutionContext(
      ExecutionContext context,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (context.getOperationDefinition().getOperation() == Operation.QUERY) {
      context.getGraphQLContext().put(ReplicaReads.KEY, Boolean.TRUE);
    }
    return context;
  }
}
