package org.entente.api.graphql.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The limits, each checked by graphql-java's instrumentation before a document runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class LimitsConfiguration {

  @Bean
  ParserLimits parserLimits(Limits limits) {
    return new ParserLimits(limits.parser());
  }

  @Bean
  DepthLimit depthLimit(Limits limits) {
    return new DepthLimit(limits.maxDepth());
  }

  @Bean
  CostLimit costLimit(QueryCost cost, Limits limits) {
    return new CostLimit(cost, limits.maxCost());
  }

  /** Outside every interceptor but the one that gives errors their codes. */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  CostReport costReport(Limits limits) {
    return new CostReport(limits.maxCost());
  }
}
