package org.entente.api.graphql.documents;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.api.graphql.limits.QueryCost;
import org.springframework.core.io.Resource;

/**
 * Reads the registered document files and refuses to start with one that a partner could not run:
 * one that does not parse within the parser's limits, does not validate against the schema, or
 * could cost more than the limit whatever its variables. The error names the file.
 */
final class DocumentFiles {

  /** What the GraphQL-over-HTTP appendix allows in a custom document ID, but the dot between. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_~-]+");

  private final GraphQLSchema schema;
  private final ParserOptions parserOptions;
  private final QueryCost cost;
  private final long maxCost;

  DocumentFiles(GraphQLSchema schema, ParserOptions parserOptions, QueryCost cost, long maxCost) {
    this.schema = schema;
    this.parserOptions = parserOptions;
    this.cost = cost;
    this.maxCost = maxCost;
  }

  TrustedDocuments load(Resource... files) {
    List<TrustedDocument> documents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Resource file : files) {
      TrustedDocument document = read(file);
      if (!ids.add(document.id())) {
        throw refused(document.id(), "another file has the same ID");
      }
      documents.add(document);
    }
    return new TrustedDocuments(documents);
  }

  private TrustedDocument read(Resource file) {
    String[] path = location(file).split("/");
    String partner = path.length < 2 ? "" : path[path.length - 2];
    String fileName = file.getFilename() == null ? "" : file.getFilename();
    String name = fileName.replaceFirst("\\.graphql$", "");
    String label = partner + "/" + fileName;
    if (!NAME.matcher(partner).matches() || !NAME.matcher(name).matches()) {
      throw refused(label, "partner and document names may hold letters, digits, - _ and ~ only");
    }
    String text = text(file);
    Document document = parse(label, text);
    List<ValidationError> errors = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
    if (!errors.isEmpty()) {
      throw refused(
          label,
          "it does not validate against the schema: "
              + errors.stream().map(ValidationError::getMessage).collect(Collectors.joining("; ")));
    }
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      long worst = cost.worstCase(schema, document, operation.getName());
      if (worst > maxCost) {
        throw refused(
            label,
            "it could cost %d, more than the limit of %d".formatted(worst, maxCost)
                + (operation.getName() == null ? "" : " (operation " + operation.getName() + ")"));
      }
    }
    return new TrustedDocument(partner + "." + name, text, document);
  }

  private Document parse(String label, String text) {
    try {
      return new Parser()
          .parseDocument(
              ParserEnvironment.newParserEnvironment()
                  .document(text)
                  .parserOptions(parserOptions)
                  .build());
    } catch (InvalidSyntaxException invalid) {
      throw refused(label, "it does not parse: " + invalid.getMessage());
    }
  }

  private static String location(Resource file) {
    try {
      return file.getURL().toString();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot locate the registered document " + file, unreadable);
    }
  }

  private static String text(Resource file) {
    try {
      return file.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the registered document " + file, unreadable);
    }
  }

  private static IllegalStateException refused(String label, String reason) {
    return new IllegalStateException(
        "The registered document " + label + " cannot be served: " + reason);
  }
}
