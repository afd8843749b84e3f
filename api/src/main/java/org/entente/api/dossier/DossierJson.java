package org.entente.api.dossier;

import java.io.IOException;
import java.io.InputStream;
import org.entente.domain.PartialDate;
import org.entente.domain.dossier.Dossier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads a dossier from JSON: the domain's records by their component names, dates in the ISO 8601
 * forms of {@link PartialDate#parse}. Unknown fields are refused, so a typo is not silently lost.
 */
public final class DossierJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(
              new SimpleModule("entente-dossier")
                  .addDeserializer(PartialDate.class, new PartialDates()))
          .build();

  private DossierJson() {}

  public static Dossier read(InputStream json) throws IOException {
    try {
      return MAPPER.readValue(json, Dossier.class);
    } catch (JacksonException e) {
      throw new IOException("not a valid dossier: " + e.getOriginalMessage(), e);
    }
  }

  private static final class PartialDates extends ValueDeserializer<PartialDate> {
    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.getValueAsString();
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        return context.reportInputMismatch(PartialDate.class, e.getMessage());
      }
    }
  }
}
