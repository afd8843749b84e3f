package org.entente.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>}. A request without the header is anonymous; one with
 * another scheme is refused rather than served anonymously, so that a client that meant to send a
 * key learns it did not.
 */
final class BearerTokenConverter implements AuthenticationConverter {

  private static final String BEARER = "Bearer ";

  @Override
  public Authentication convert(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return null;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new BadCredentialsException(
          "Send the API key as 'Authorization: Bearer <token>'; no other scheme is accepted");
    }
    return ApiKeyAuthentication.presented(header.substring(BEARER.length()).strip());
  }
}
