package org.entente.api.security;

import java.util.List;
import org.entente.domain.access.ApiKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * Stateless bearer-token security: every request is judged by its own {@code Authorization} header,
 * so there is no session and no cookie, and hence no CSRF to defend against. Roles are checked
 * inside GraphQL, field by field ({@link GuardedFields}); here a request is only let in, counted
 * against its rate limit, or refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /** Also keeps Spring Boot from creating a default user with a generated password. */
  @Bean
  ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(ApiKeys apiKeys) {
    return new ApiKeyAuthenticationProvider(apiKeys);
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ApiKeyAuthenticationProvider provider,
      CurrentActor actor,
      @Value("${entente.security.anonymous-read}") boolean anonymousRead,
      @Value("${entente.limits.rate.requests-per-minute}") long requestsPerMinute,
      @Value("${entente.limits.rate.burst}") long burst)
      throws Exception {
    UnauthenticatedEntryPoint unauthenticated = new UnauthenticatedEntryPoint();
    AuthenticationFilter bearer =
        new AuthenticationFilter(new ProviderManager(provider), new BearerTokenConverter());
    bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthenticated));
    // Go on to the request itself; the default would redirect as after a login form.
    bearer.setSuccessHandler((request, response, authentication) -> {});
    return http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
        .addFilterAfter(
            new RateLimitFilter(actor, requestsPerMinute, burst), AuthorizationFilter.class)
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated))
        .authorizeHttpRequests(
            requests -> {
              // GraphiQL and its assets hold no data; /error renders refusals of other requests.
              requests
                  .requestMatchers("/graphiql", "/graphiql/**", "/webjars/**", "/error")
                  .permitAll();
              // Probes come without a key; metrics, which tell how loaded the server is, need one
              // (a monitoring system's READER key will do) even where anonymous reading is on.
              requests
                  .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                  .permitAll();
              requests.requestMatchers(EndpointRequest.toAnyEndpoint()).authenticated();
              if (anonymousRead) {
                requests.anyRequest().permitAll();
              } else {
                requests.anyRequest().authenticated();
              }
            })
        .build();
  }

  @Bean
  GraphQlSourceBuilderCustomizer guardFieldsByRole(CurrentActor actor) {
    return builder -> builder.typeVisitors(List.of(new GuardedFields(actor)));
  }
}
