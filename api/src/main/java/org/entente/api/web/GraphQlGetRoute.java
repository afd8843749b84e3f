package org.entente.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes GET on the GraphQL endpoint to {@link GraphQlGetHandler}, ahead of Spring Boot's routes,
 * which answer GET with 405. A WebSocket handshake on the same path never gets here: Spring Boot
 * maps it first.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetRoute {

  @Bean
  @Order(-1)
  RouterFunction<ServerResponse> graphQlGet(
      WebGraphQlHandler graphQl,
      JsonMapper json,
      @Value("${spring.graphql.http.path:/graphql}") String path) {
    return RouterFunctions.route()
        .GET(path, new GraphQlGetHandler(graphQl, json)::handleRequest)
        .build();
  }
}
