package org.entente.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.entente.api.graphql.instrumentation.OperationChecks;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Makes the field {@code parties} fail as a database failure would, when a request carries the
 * header {@value #HEADER}: {@code internal} throws what jOOQ throws on a violated constraint,
 * {@code argument} an IllegalArgumentException whose message quotes the driver. Tests use it to see
 * what a client is told when the server fails.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Failures {

  public static final String HEADER = "X-Test-Failure";

  static final String DRIVER_MESSAGE =
      "SQL [insert into party (id) values (?)]; ERROR: duplicate key value violates unique"
          + " constraint \"party_pkey\"";

  @Bean
  WebGraphQlInterceptor failureHeader() {
    return (request, chain) -> {
      String failure = request.getHeaders().getFirst(HEADER);
      if (failure != null) {
        request.configureExecutionInput(
            (input, builder) -> {
              input.getGraphQLContext().put(HEADER, failure);
              return input;
            });
      }
      return chain.next(request);
    };
  }

  /** Only wraps data fetchers, so it runs among the operation checks, as in the application. */
  @Bean
  SimplePerformantInstrumentation failingParties() {
    class FailingParties extends SimplePerformantInstrumentation implements OperationChecks.Check {
      @Override
      public DataFetcher<?> instrumentDataFetcher(
          DataFetcher<?> fetcher,
          InstrumentationFieldFetchParameters parameters,
          InstrumentationState state) {
        String failure = parameters.getEnvironment().getGraphQlContext().getOrDefault(HEADER, null);
        if (failure == null
            || !parameters.getEnvironment().getField().getName().equals("parties")) {
          return fetcher;
        }
        return environment -> {
          throw switch (failure) {
            case "argument" ->
                new IllegalArgumentException(
                    "org.postgresql.util.PSQLException: " + DRIVER_MESSAGE);
            default -> new org.jooq.exception.DataAccessException(DRIVER_MESSAGE);
          };
        };
      }
    }
    return new FailingParties();
  }
}
