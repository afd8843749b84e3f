package org.entente.api.graphql.limits;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;
import org.entente.api.graphql.instrumentation.OperationChecks;

/** graphql-java's depth limit, refusing with an error code a client can act on. */
final class DepthLimit extends MaxQueryDepthInstrumentation implements OperationChecks.Check {

  DepthLimit(int maxDepth) {
    super(maxDepth);
  }

  @Override
  protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ExecutionAborted)
                .message("maximum query depth exceeded %d > %d", depth, maxDepth)
                .extensions(Map.of("code", "DEPTH_LIMIT_EXCEEDED"))
                .build()));
  }
}
