package org.entente.api.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.dossier.DossierProblem;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dossiers as JSON, in the format {@code dossiers/dossier.schema.json} documents. Reading reports
 * every problem of the JSON, each at its location: the schema's (a field unknown, missing, of the
 * wrong type or form), then, with those fields left out, what the entries' own reading finds (a
 * date that is no date). Each entry is read on its own, so that the others can still be checked
 * against the domain; an entry that cannot be read at all stands by its key alone.
 */
public final class DossierJson {

  /** The JSON Schema of the format, which also documents it. */
  public static final String SCHEMA = "dossiers/dossier.schema.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // A field given twice is a problem: read leniently, the last would silently win.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // An office's singleHolder left out is false.
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .addModule(
              new SimpleModule("entente-dossier")
                  .addDeserializer(PartialDate.class, new PartialDates())
                  .addSerializer(PartialDate.class, new PartialDateText()))
          .build();

  private static final Schema FORMAT = schema();

  /** The sections of a dossier, with the type of their entries and the field that is their key. */
  private record Section(String name, Class<?> entry, String key) {}

  private static final List<Section> SECTIONS =
      List.of(
          new Section("topics", Dossier.TopicEntry.class, "code"),
          new Section("sources", Dossier.SourceEntry.class, "key"),
          new Section("parties", Dossier.PartyEntry.class, "key"),
          new Section("people", Dossier.PersonEntry.class, "key"),
          new Section("offices", Dossier.OfficeEntry.class, "key"),
          new Section("tenures", Dossier.TenureEntry.class, null),
          new Section("meetings", Dossier.MeetingEntry.class, "key"),
          new Section("agreements", Dossier.AgreementEntry.class, "key"),
          new Section("negotiations", Dossier.NegotiationEntry.class, "key"));

  private DossierJson() {}

  /**
   * A dossier as read: its entries (null when the JSON is no dossier at all), every problem of its
   * JSON, and the locations of the entries that could not be read, whose problems those explain.
   */
  public record Reading(Dossier dossier, List<DossierProblem> problems, Set<String> covered) {
    public Reading {
      problems = List.copyOf(problems);
      covered = Set.copyOf(covered);
    }
  }

  /** Reads JSON text; text that is not JSON is one problem, with its line and column. */
  public static Reading read(InputStream json) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      return new Reading(
          null,
          List.of(
              new DossierProblem(
                  "", DossierProblem.INVALID_JSON, "not JSON: " + e.getOriginalMessage() + where)),
          Set.of());
    }
    return read(tree);
  }

  /** Reads a dossier given as a JSON value, such as a mutation's argument. */
  public static Reading read(Object json) {
    return read(MAPPER.<JsonNode>valueToTree(json));
  }

  /** Reads a dossier from its JSON tree. */
  public static Reading read(JsonNode json) {
    if (json == null || !json.isObject()) {
      return new Reading(
          null,
          List.of(
              new DossierProblem(
                  "", DossierProblem.INVALID_JSON, "a dossier is a JSON object, with a name")),
          Set.of());
    }
    ObjectNode tree = (ObjectNode) json.deepCopy();
    Map<String, DossierProblem> problems = new LinkedHashMap<>();
    Set<String> covered = new LinkedHashSet<>();
    List<Error> errors = FORMAT.validate(tree);
    for (Error error : errors) {
      DossierProblem problem = problem(error);
      problems.putIfAbsent(problem.location(), problem);
    }
    // Leave out what the schema refused, so that the rest of each entry can still be read.
    for (Error error : errors) {
      if (!"required".equals(error.getKeyword())) {
        leaveOut(tree, path(error), covered);
      }
    }
    JsonNode name = tree.get("name");
    List<List<Object>> sections = new ArrayList<>();
    for (Section section : SECTIONS) {
      List<Object> entries = new ArrayList<>();
      JsonNode given = tree.get(section.name());
      if (given != null && given.isArray()) {
        for (int i = 0; i < given.size(); i++) {
          entries.add(entry(section, i, given.get(i), problems, covered));
        }
      }
      sections.add(entries);
    }
    Dossier dossier =
        new Dossier(
            name != null && name.isString() ? name.stringValue() : null,
            cast(sections.get(0)),
            cast(sections.get(1)),
            cast(sections.get(2)),
            cast(sections.get(3)),
            cast(sections.get(4)),
            cast(sections.get(5)),
            cast(sections.get(6)),
            cast(sections.get(7)),
            cast(sections.get(8)));
    return new Reading(dossier, List.copyOf(problems.values()), covered);
  }

  /** The dossier as JSON, without the fields it leaves empty. */
  public static JsonNode tree(Dossier dossier) {
    return MAPPER.valueToTree(dossier);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> entries) {
    return (List<T>) entries;
  }

  /**
   * Reads one entry; a field it cannot read is a problem there (unless the schema has said so), and
   * is left out until the rest can be read. An entry that cannot be read at all stands by its key
   * alone.
   */
  private static Object entry(
      Section section,
      int index,
      JsonNode node,
      Map<String, DossierProblem> problems,
      Set<String> covered) {
    String at = section.name() + "[" + index + "]";
    if (node != null && node.isObject()) {
      ObjectNode entry = (ObjectNode) node;
      for (int attempt = 0; attempt < 50; attempt++) {
        try {
          return MAPPER.treeToValue(entry, section.entry());
        } catch (JacksonException unreadable) {
          List<Object> path = new ArrayList<>();
          for (JacksonException.Reference reference : unreadable.getPath()) {
            path.add(
                reference.getPropertyName() != null
                    ? reference.getPropertyName()
                    : (Object) reference.getIndex());
          }
          String location = location(at, path);
          problems.putIfAbsent(
              location,
              new DossierProblem(
                  location, DossierProblem.INVALID_VALUE, unreadable.getOriginalMessage()));
          if (path.isEmpty() || !leaveOut(entry, path, covered)) {
            break;
          }
        }
      }
    }
    covered.add(at);
    ObjectNode keyOnly = MAPPER.createObjectNode();
    JsonNode key = section.key() == null || node == null ? null : node.get(section.key());
    if (key != null && key.isString()) {
      keyOnly.put(section.key(), key.stringValue());
    }
    return MAPPER.treeToValue(keyOnly, section.entry());
  }

  /**
   * Leaves out the value at {@code path} of {@code tree}: a field goes from its object; an item of
   * a list takes the list with it, or, for an entry of a section, the entry is covered by its
   * problem. False when there was nothing to leave out.
   */
  private static boolean leaveOut(ObjectNode tree, List<Object> path, Set<String> covered) {
    if (path.isEmpty()) {
      return false;
    }
    if (path.size() == 2 && path.get(1) instanceof Integer) {
      covered.add(location("", path));
      return false;
    }
    int last = path.size() - 1;
    while (last > 0 && path.get(last) instanceof Integer) {
      last--;
    }
    if (!(path.get(last) instanceof String field)) {
      return false;
    }
    JsonNode parent = tree;
    for (int i = 0; i < last && parent != null; i++) {
      parent =
          path.get(i) instanceof Integer index
              ? parent.get(index)
              : parent.get((String) path.get(i));
    }
    if (parent instanceof ObjectNode object && object.has(field)) {
      object.remove(field);
      return true;
    }
    return false;
  }

  /** The problem of a schema error, at the field it is about. */
  private static DossierProblem problem(Error error) {
    String location = location("", path(error));
    String code =
        switch (String.valueOf(error.getKeyword())) {
          case "additionalProperties", "unevaluatedProperties" -> DossierProblem.UNKNOWN_FIELD;
          case "required" -> DossierProblem.REQUIRED;
          default -> DossierProblem.INVALID_VALUE;
        };
    String message =
        switch (code) {
          case DossierProblem.UNKNOWN_FIELD -> "the format has no such field";
          case DossierProblem.REQUIRED -> "the format requires this field";
          default -> describe(error);
        };
    return new DossierProblem(location, code, message);
  }

  /** The schema's message without the location it starts with, which the problem has already. */
  private static String describe(Error error) {
    String message = error.getMessage();
    JsonNode value = error.getInstanceNode();
    if ("pattern".equals(error.getKeyword()) && message.contains("(unknown|")) {
      return "not a date: '"
          + (value != null && value.isString() ? value.stringValue() : value)
          + "' (expected e.g. 2025-03-28, 2025-03, 2015, 2014-05-13/2014-05-14 or unknown)";
    }
    int colon = message.indexOf(": ");
    if (message.startsWith("$") && colon > 0) {
      message = message.substring(colon + 2);
    }
    return message;
  }

  /** The path of the value an error is about: the object's, with the field it names. */
  private static List<Object> path(Error error) {
    List<Object> path = new ArrayList<>();
    NodePath instance = error.getInstanceLocation();
    for (int i = 0; i < instance.getNameCount(); i++) {
      path.add(instance.getElement(i));
    }
    if (error.getProperty() != null
        && List.of("additionalProperties", "unevaluatedProperties", "required")
            .contains(error.getKeyword())) {
      path.add(error.getProperty());
    }
    return path;
  }

  private static String location(String at, List<Object> path) {
    StringBuilder location = new StringBuilder(at);
    for (Object part : path) {
      if (part instanceof Integer index) {
        location.append('[').append(index).append(']');
      } else {
        location.append(location.isEmpty() ? "" : ".").append(part);
      }
    }
    return location.toString();
  }

  private static Schema schema() {
    try (InputStream schema = new ClassPathResource(SCHEMA).getInputStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException("the dossier schema is part of the application", e);
    }
  }

  private static final class PartialDates extends ValueDeserializer<PartialDate> {
    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.getValueAsString();
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException | NullPointerException e) {
        return context.reportInputMismatch(PartialDate.class, e.getMessage());
      }
    }
  }

  private static final class PartialDateText extends ValueSerializer<PartialDate> {
    @Override
    public void serialize(PartialDate date, JsonGenerator json, SerializationContext context) {
      json.writeString(date.text());
    }
  }
}
