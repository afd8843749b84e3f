package org.entente.api.graphql.limits;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.List;
import java.util.Map;
import org.entente.api.graphql.instrumentation.OperationChecks;

/**
 * Costs every operation once it is parsed, validated and its variables are known, and refuses one
 * that costs more than the limit before any of its fields is fetched, so before any SQL runs.
 */
final class CostLimit extends SimplePerformantInstrumentation implements OperationChecks.Check {

  private final QueryCost cost;
  private final long limit;

  CostLimit(QueryCost cost, long limit) {
    this.cost = cost;
    this.limit = limit;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext execution = parameters.getExecutionContext();
    long requested =
        cost.of(
            execution.getGraphQLSchema(),
            execution.getDocument(),
            execution.getExecutionInput().getOperationName(),
            execution.getCoercedVariables());
    execution.getGraphQLContext().put(RequestedCost.class, new RequestedCost(requested));
    if (requested > limit) {
      throw new AbortExecutionException(
          List.of(
              GraphqlErrorBuilder.newError()
                  .errorType(ErrorType.ExecutionAborted)
                  .message(
                      "The document costs %d, more than the limit of %d: it could return that many"
                          + " objects. Ask for smaller pages or fewer nested lists.",
                      requested, limit)
                  .extensions(Map.of("code", "COST_LIMIT_EXCEEDED"))
                  .build()));
    }
    return SimpleInstrumentationContext.noOp();
  }
}
