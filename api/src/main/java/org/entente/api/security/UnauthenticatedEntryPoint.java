package org.entente.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.entente.api.graphql.http.HttpErrors;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP 401 for a request without a usable key, with the challenge of RFC 6750: {@code Bearer} alone
 * when no key came, with {@code error="invalid_token"} when the key was refused.
 */
final class UnauthenticatedEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    boolean noKey = refusal instanceof InsufficientAuthenticationException;
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE, noKey ? "Bearer" : "Bearer error=\"invalid_token\"");
    HttpErrors.write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        ErrorType.UNAUTHORIZED.name(),
        "UNAUTHENTICATED",
        noKey
            ? "This server needs an API key: send 'Authorization: Bearer <token>'"
            : refusal.getMessage());
  }
}
