package org.entente.api.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

/** A GraphQL result written as the application's JSON mapper would write it. */
class ResultWriterTest {

  private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

  @Test
  void writesEveryValueOfAResult_asTheMapperWould() throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", "Talks on \"visas\" — Astana ✓");
    data.put("count", 3);
    data.put("total", 12_000_000_000L);
    data.put("share", 0.25);
    data.put("exact", new BigDecimal("1.50"));
    data.put("open", true);
    data.put("missing", null);
    data.put("nodes", List.of(Map.of("id", "TWVldGluZzox"), List.of()));
    data.put("withNull", Arrays.asList("a", null));
    data.put("day", LocalDate.of(2025, 3, 28));
    Map<String, Object> result = Map.of("data", data);

    MockHttpOutputMessage written = new MockHttpOutputMessage();
    new ResultWriter(json).write(result, MediaType.APPLICATION_JSON, written);

    String body = written.getBodyAsString(StandardCharsets.UTF_8);
    assertThat(body).isEqualTo(json.writeValueAsString(result));
    assertThat(json.readValue(body, Map.class)).containsOnlyKeys("data");
  }
}
