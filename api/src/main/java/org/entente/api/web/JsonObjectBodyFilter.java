package org.entente.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GraphQL POST body is a JSON object. Spring for GraphQL 2.0 fails with a server error on a body
 * of {@code null}; this filter answers any body that does not open an object with a 400 before a
 * handler reads it, looking only at its first non-blank byte.
 */
@Component
class JsonObjectBodyFilter extends OncePerRequestFilter {

  static final String REFUSAL =
      "{\"errors\":[{\"message\":\"the request body must be a JSON object with a query\","
          + "\"extensions\":{\"classification\":\"BAD_REQUEST\",\"code\":\"BAD_REQUEST\"}}]}";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.POST.matches(request.getMethod())
        || !"/graphql".equals(request.getRequestURI())
        || request.getContentType() == null
        || !MediaType.parseMediaType(request.getContentType())
            .isCompatibleWith(MediaType.APPLICATION_JSON);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
    int first = body.read();
    while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
      first = body.read();
    }
    if (first != '{') {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
      return;
    }
    body.unread(first);
    chain.doFilter(new Replayed(request, body), response);
  }

  /** The request with its body read from where the filter left it. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final InputStream body;

    Replayed(HttpServletRequest request, InputStream body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new ServletInputStream() {
        private boolean finished;

        @Override
        public int read() throws IOException {
          int next = body.read();
          finished = next < 0;
          return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int read = body.read(buffer, offset, length);
          finished = read < 0;
          return read;
        }

        @Override
        public boolean isFinished() {
          return finished;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the GraphQL handler reads synchronously");
        }
      };
    }
  }
}
