package org.entente.api.graphql;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.observation.ObservationRegistry;
import org.entente.api.graphql.instrumentation.FreshLoadersPerEvent;
import org.entente.api.graphql.instrumentation.OperationChecks;
import org.entente.api.graphql.instrumentation.RequestObservation;
import org.entente.api.graphql.limits.Limits;
import org.entente.api.graphql.limits.QueryCost;
import org.entente.domain.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's scalar, a start-up that fails on unmapped fields, and errors that help without
 * leaking.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

  @Bean
  RuntimeWiringConfigurer scalars() {
    return wiring ->
        wiring.scalar(DateScalar.DATE).scalar(DateTimeScalar.DATE_TIME).scalar(JsonScalar.JSON);
  }

  /** Costs documents by the pages this API serves. */
  @Bean
  QueryCost queryCost(Limits limits) {
    return new QueryCost(limits.listSizes(), Pages.DEFAULT_SIZE, PageRequest.MAX_SIZE);
  }

  /**
   * Introspection off for every request, when so configured. Spring Boot's own switch turns it off
   * for the whole JVM, every other application in it included.
   */
  @Bean
  @ConditionalOnBooleanProperty(name = "entente.introspection.enabled", havingValue = false)
  Instrumentation noIntrospection() {
    class NoIntrospection extends SimplePerformantInstrumentation implements OperationChecks.Check {
      @Override
      public ExecutionInput instrumentExecutionInput(
          ExecutionInput input,
          InstrumentationExecutionParameters parameters,
          InstrumentationState state) {
        input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
        return input;
      }
    }
    return new NoIntrospection();
  }

  /** Each event of a subscription loads its records afresh: see the class. */
  @Bean
  FreshLoadersPerEvent freshLoadersPerEvent() {
    return new FreshLoadersPerEvent();
  }

  /** Spring Boot backs off its own observation of GraphQL for this one: see the class. */
  @Bean
  RequestObservation requestObservation(ObservationRegistry registry) {
    return new RequestObservation(registry);
  }

  /**
   * The operation checks called once per operation, never per field: see {@link OperationChecks}.
   */
  @Bean
  GraphQlSourceBuilderCustomizer operationChecks(ObjectProvider<Instrumentation> instrumentations) {
    // Spring has chained every instrumentation by now; this chain replaces it, with the same ones.
    return builder ->
        builder.configureGraphQl(
            graphQl ->
                graphQl.instrumentation(
                    OperationChecks.chain(instrumentations.orderedStream().toList())));
  }

  @Bean
  GraphQlSourceBuilderCustomizer cacheParsedDocuments() {
    return builder ->
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new DocumentCache()));
  }

  /** A schema field that no controller or record property answers is a defect: refuse to start. */
  @Bean
  GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
    return builder ->
        builder.inspectSchemaMappings(
            report -> {
              if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()) {
                throw new IllegalStateException(
                    "The GraphQL schema and its mappings disagree:\n" + report);
              }
            });
  }

  /**
   * Bad arguments and refused rules become client errors with a code; anything else stays opaque.
   */
  @Bean
  DataFetcherExceptionResolver clientErrors() {
    return new DataFetcherExceptionResolverAdapter() {
      @Override
      protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment env) {
        return ClientErrors.of(error, GraphqlErrorBuilder.newError(env));
      }
    };
  }
}
