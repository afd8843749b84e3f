package org.entente.api.graphql.http;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL result — maps, lists, strings, Int and Float numbers, booleans and nulls, as
 * graphql-java leaves it — straight to Jackson's generator. Jackson's data binding looks up a
 * serializer for the class of every value of every map; on a page of 100 negotiations that was a
 * tenth of the request's CPU (JFR, benchmark query d). Anything else (an extension's own object)
 * still goes through the application's mapper.
 */
final class ResultWriter extends AbstractHttpMessageConverter<Map<String, Object>> {

  private final JsonMapper json;

  ResultWriter(JsonMapper json) {
    super(MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE);
    this.json = json;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Map.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return false;
  }

  @Override
  protected Map<String, Object> readInternal(
      Class<? extends Map<String, Object>> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("writes GraphQL results only", input);
  }

  @Override
  protected void writeInternal(Map<String, Object> result, HttpOutputMessage output)
      throws IOException {
    try (JsonGenerator generator = json.createGenerator(output.getBody())) {
      write(generator, result);
    }
  }

  private static void write(JsonGenerator generator, Object value) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeName(String.valueOf(entry.getKey()));
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof Collection<?> collection) {
      generator.writeStartArray();
      for (Object element : collection) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double number) {
      generator.writeNumber(number);
    } else {
      generator.writePOJO(value);
    }
  }
}
