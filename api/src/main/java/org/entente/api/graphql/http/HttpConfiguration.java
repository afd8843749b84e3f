package org.entente.api.graphql.http;

import static org.springframework.graphql.server.webmvc.GraphQlRequestPredicates.graphQlHttp;
import static org.springframework.graphql.server.webmvc.GraphQlRequestPredicates.graphQlSse;

import org.entente.api.graphql.documents.TrustedDocuments;
import org.entente.api.graphql.limits.Limits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

  /** Replaces Spring Boot's handler, which its own routes then call for POST. */
  @Bean
  GraphQlHttpHandler graphQlEndpoint(
      WebGraphQlHandler graphQl, TrustedDocuments documents, JsonMapper json, Limits limits) {
    return new GraphQlEndpoint(graphQl, documents, json, limits.parser().options());
  }

  /**
   * Ahead of Spring Boot's routes, which refuse GET with 405 and other content types with an empty
   * 415: GET serves queries, and the 415 says why.
   */
  @Bean
  @Order(-1)
  RouterFunction<ServerResponse> graphQlGet(
      GraphQlHttpHandler endpoint, @Value("${spring.graphql.http.path:/graphql}") String path) {
    return RouterFunctions.route()
        .GET(path, endpoint::handleRequest)
        .POST(
            path,
            graphQlHttp(path).negate().and(graphQlSse(path).negate()),
            request ->
                ServerResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(
                        HttpErrors.body(
                            "UNSUPPORTED_MEDIA_TYPE", "Send a JSON body (application/json)")))
        .build();
  }

  @Bean
  FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(Limits limits) {
    FilterRegistrationBean<RequestSizeFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeFilter(limits.maxRequestBytes().toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
