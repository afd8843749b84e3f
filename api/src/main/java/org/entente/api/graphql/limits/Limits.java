package org.entente.api.graphql.limits;

import graphql.parser.ParserOptions;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every bound on a single request, from {@code entente.limits} in application.yaml.
 *
 * @param maxDepth the deepest a document may nest fields
 * @param maxCost the most objects a document may be able to return (see {@link QueryCost})
 * @param maxRequestBytes the largest request body read
 * @param parser bounds on the document's text, checked while it is parsed
 * @param listSizes how many items a list without a page size is assumed to hold
 */
@ConfigurationProperties("entente.limits")
public record Limits(
    int maxDepth, long maxCost, DataSize maxRequestBytes, Parser parser, ListSizes listSizes) {

  public record Parser(
      int maxCharacters, int maxTokens, int maxWhitespaceTokens, int maxRuleDepth) {

    /** The options every document is parsed with, registered ones included. */
    public ParserOptions options() {
      return ParserOptions.getDefaultOperationParserOptions()
          .transform(
              options ->
                  options
                      .maxCharacters(maxCharacters)
                      .maxTokens(maxTokens)
                      .maxWhitespaceTokens(maxWhitespaceTokens)
                      .maxRuleDepth(maxRuleDepth));
    }
  }

  /**
   * @param assumed the size of a list field not named in {@code fields}
   * @param fields sizes by {@code Type.field}, for lists known to be shorter or longer, and for the
   *     scalars that hold many records (a dossier)
   */
  public record ListSizes(int assumed, Map<String, Integer> fields) {

    public ListSizes {
      fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    int of(String type, String field) {
      return fields.getOrDefault(type + "." + field, fields.getOrDefault(field, assumed));
    }

    /** The objects a scalar field holds, when it is named by {@code Type.field}; else none. */
    Integer ofScalar(String type, String field) {
      return fields.get(type + "." + field);
    }
  }
}
