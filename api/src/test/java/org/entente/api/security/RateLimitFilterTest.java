package org.entente.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Instant;
import org.entente.domain.access.ApiKey;
import org.entente.domain.access.ApiKeyId;
import org.entente.domain.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whose bucket a request draws from; the HTTP answer itself is tested on a running server. */
class RateLimitFilterTest {

  /** Two requests at once, then one every 30 seconds. */
  private final RateLimitFilter filter = new RateLimitFilter(new CurrentActor(), 2, 2);

  @AfterEach
  void forgetTheCaller() {
    SecurityContextHolder.clearContext();
  }

  private int status(String address, String path) throws ServletException, IOException {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }

  private static void callAs(String name) {
    ApiKey key = new ApiKey(new ApiKeyId(1), name, Role.READER, Instant.EPOCH, null, null);
    SecurityContextHolder.getContext().setAuthentication(ApiKeyAuthentication.verified(key));
  }

  @Test
  void anonymousRequests_countPerClientAddress() throws Exception {
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(200);
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(200);
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(429);
    assertThat(status("10.0.0.2", "/graphql")).isEqualTo(200);
  }

  @Test
  void requestsWithAKey_countPerKeyFromAnyAddress() throws Exception {
    callAs("news-desk");
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(200);
    assertThat(status("10.0.0.2", "/graphql")).isEqualTo(200);
    assertThat(status("10.0.0.3", "/graphql")).isEqualTo(429);
    callAs("think-tank");
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(200);
    SecurityContextHolder.clearContext();
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(200);
  }

  @Test
  void theGraphiqlPageAndAssets_areNotCounted() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(status("10.0.0.1", "/graphiql")).isEqualTo(200);
      assertThat(status("10.0.0.1", "/webjars/graphiql/graphiql.min.js")).isEqualTo(200);
    }
    assertThat(status("10.0.0.1", "/graphql")).isEqualTo(200);
  }
}
