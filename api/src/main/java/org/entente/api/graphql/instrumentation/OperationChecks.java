package org.entente.api.graphql.instrumentation;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The instrumentations that look at an operation as a whole (parser, depth and cost limits,
 * introspection off, reads from the replica, Spring's request observation), run as one.
 * graphql-java calls its instrumentation at every object and field of a response, to begin its
 * execution, fetching and completion; a chain answers each call by asking every member and keeping
 * their contexts, which cost about a tenth of the CPU of a page of 100 negotiations (JFR, benchmark
 * query d). None of these looks at an object or field, so this answers those calls at once, with no
 * context; only the wrapping of data fetchers still reaches every member.
 */
public final class OperationChecks extends ChainedInstrumentation {

  /**
   * An instrumentation that implements none of graphql-java's object or field hooks, but for
   * wrapping data fetchers, which graphql-java asks of it once per field and fetcher, and for the
   * start of each event of a subscription, once per event.
   */
  public interface Check extends Instrumentation {}

  private OperationChecks(List<Instrumentation> checks) {
    super(checks);
  }

  /**
   * The instrumentation of the application: its operation checks grouped where the first of them
   * stood, every other instrumentation chained as before.
   */
  public static Instrumentation chain(List<Instrumentation> instrumentations) {
    List<Instrumentation> checks =
        instrumentations.stream().filter(Check.class::isInstance).toList();
    List<Instrumentation> chain = new ArrayList<>();
    for (Instrumentation instrumentation : instrumentations) {
      if (!(instrumentation instanceof Check)) {
        chain.add(instrumentation);
      } else if (instrumentation == checks.get(0)) {
        chain.add(new OperationChecks(checks));
      }
    }
    return chain.size() == 1 ? chain.get(0) : new ChainedInstrumentation(chain);
  }

  @Override
  public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
      InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public ExecuteObjectInstrumentationContext beginExecuteObject(
      InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginDeferredField(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginFieldExecution(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  @SuppressWarnings("deprecation") // graphql-java still calls it, beside beginFieldFetching
  public InstrumentationContext<Object> beginFieldFetch(
      InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public FieldFetchingInstrumentationContext beginFieldFetching(
      InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginFieldCompletion(
      InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginFieldListCompletion(
      InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
    return null;
  }
}
