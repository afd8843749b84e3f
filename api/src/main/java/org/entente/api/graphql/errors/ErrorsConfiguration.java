package org.entente.api.graphql.errors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class ErrorsConfiguration {

  /** The outermost interceptor, so that it sees the errors every other one produces. */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ErrorCodes errorCodes() {
    return new ErrorCodes();
  }
}
