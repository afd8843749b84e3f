package org.entente.api.graphql.instrumentation;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring's observations of GraphQL, {@code graphql.request} for every operation and {@code
 * graphql.datafetcher} for every field a controller answers, without its observation of each batch
 * load: that one builds the request's data loader registry again, with an instrumentation around
 * every loader, and observes each batch. Operation-level, apart from wrapping the controllers' data
 * fetchers, so it runs among the {@link OperationChecks}: as a second member of graphql-java's
 * chain of instrumentations, it made graphql-java call the chain at every object and field of a
 * response (about a tenth of the CPU of a page of 50 meetings, benchmark query b).
 */
public final class RequestObservation extends GraphQlObservationInstrumentation
    implements OperationChecks.Check {

  public RequestObservation(ObservationRegistry registry) {
    super(registry);
  }

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput input,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return input;
  }
}
