package org.entente.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTokenTest {

  @Test
  void aGeneratedToken_isEntAnd32RandomBytesInBase64url() {
    String token = ApiKeyToken.generate().value();
    assertThat(token).matches("ent_[A-Za-z0-9_-]{43}");
  }

  @Test
  void generatedTokens_differ() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      tokens.add(ApiKeyToken.generate().value());
    }
    assertThat(tokens).hasSize(1_000);
  }

  @Test
  void theDigest_isTheSha256OfTheTokenInHex() {
    // Computed independently: printf %s ent_AAA… | sha256sum
    assertThat(new ApiKeyToken("ent_" + "A".repeat(43)).digest())
        .isEqualTo("b8f8dbef8a5cbba23afa20e4008495f3fc3740395ddc8cb686beb5977ea12baf");
  }

  @Test
  void textThatCannotBeAToken_parsesToNothing() {
    assertThat(ApiKeyToken.parse("ent_short")).isEmpty();
    assertThat(ApiKeyToken.parse("xyz_" + "A".repeat(43))).isEmpty();
    assertThat(ApiKeyToken.parse(null)).isEmpty();
    assertThat(ApiKeyToken.parse("ent_" + "A".repeat(43))).isPresent();
    assertThatThrownBy(() -> new ApiKeyToken("garbage"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTokenText_neverAppearsInToString() {
    ApiKeyToken token = ApiKeyToken.generate();
    assertThat(token.toString()).doesNotContain(token.value().substring(4));
  }
}
