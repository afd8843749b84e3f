package org.entente.api.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What a document costs: the objects it can return, counted on the schema the API serves. */
class QueryCostTest {

  static final GraphQLSchema SCHEMA = schema();

  private final QueryCost cost = new QueryCost(new Limits.ListSizes(10, Map.of()), 20, 100);

  static GraphQLSchema schema() {
    TypeDefinitionRegistry types = new TypeDefinitionRegistry();
    try {
      for (Resource file :
          new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
        types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
  }

  private long of(QueryCost cost, String document, Map<String, Object> variables) {
    return cost.of(SCHEMA, Parser.parse(document), null, CoercedVariables.of(variables));
  }

  private long of(String document) {
    return of(cost, document, Map.of());
  }

  @Test
  void aConnection_countsItselfAndOneNodePerItemOfItsPage() {
    assertThat(of("{ parties(first: 50) { nodes { name } } }")).isEqualTo(1 + 50);
  }

  @Test
  void edgesAndNodes_eachCountTheirPage() {
    assertThat(
            of(
                "{ parties(last: 5) { edges { node { name } } nodes { name } pageInfo { hasNextPage } } }"))
        .isEqualTo(1 + (5 + 5) + 5 + 1);
  }

  @Test
  void aListInsideAPage_countsItsAssumedSizeForEveryItem() {
    assertThat(of("{ parties(first: 50) { nodes { name offices { name } } } }"))
        .isEqualTo(1 + 50 + 50 * 10);
  }

  @Test
  void aScalarGivenASize_countsIt_everyOtherScalarIsFree() {
    QueryCost sized =
        new QueryCost(new Limits.ListSizes(10, Map.of("Query.dossier", 250_000)), 20, 100);
    assertThat(
            of(
                sized,
                "{ a: dossier(parties: [\"1\"]) b: dossier(parties: [\"2\"])"
                    + " parties(first: 5) { nodes { name } } }",
                Map.of()))
        .isEqualTo(2 * 250_000 + 1 + 5);
    assertThat(of("{ dossier(parties: [\"1\"]) }")).isZero();
  }

  @Test
  void aListWithASizeOfItsOwn_countsThatSize() {
    QueryCost sized = new QueryCost(new Limits.ListSizes(10, Map.of("Party.offices", 3)), 20, 100);
    assertThat(of(sized, "{ parties(first: 50) { nodes { offices { name } } } }", Map.of()))
        .isEqualTo(1 + 50 + 50 * 3);
  }

  @Test
  void withoutFirstOrLast_thePageServedByDefaultCounts() {
    assertThat(of("{ parties { nodes { name } } }")).isEqualTo(1 + 20);
  }

  @Test
  void aPageLargerThanTheLargest_countsAsTheLargest_becauseItIsRefusedAnyway() {
    assertThat(of("{ parties(first: 5000) { nodes { name } } }")).isEqualTo(1 + 100);
  }

  @Test
  void aListTakingFirst_countsItsFirst_orItsDefault() {
    assertThat(of("{ search(text: \"visa\", first: 7) { score node { __typename } } }"))
        .isEqualTo(7 + 7);
    assertThat(of("{ search(text: \"visa\") { score node { __typename } } }")).isEqualTo(20 + 20);
  }

  @Test
  void nodesByIds_countOnePerId() {
    assertThat(of("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }")).isEqualTo(3);
  }

  @Test
  void variables_areResolvedBeforeCounting() {
    String document = "query($n: Int) { parties(first: $n) { nodes { name } } }";
    assertThat(of(cost, document, Map.of("n", 5))).isEqualTo(1 + 5);
    assertThat(of(cost, document, Map.of())).isEqualTo(1 + 20);
  }

  @Test
  void inTheWorstCase_aPageSizeLeftToAVariable_countsAsTheLargestPage() {
    assertThat(
            cost.worstCase(
                SCHEMA, Parser.parse("query($ids: [ID!]!) { nodes(ids: $ids) { id } }"), null))
        .isEqualTo(100);
    assertThat(
            cost.worstCase(
                SCHEMA,
                Parser.parse("query($n: Int) { parties(first: $n) { nodes { name } } }"),
                null))
        .isEqualTo(1 + 100);
  }

  @Test
  void introspection_isFree_becauseItReadsTheSchemaInMemory() {
    assertThat(of("{ __schema { types { name fields { name type { name } } } } }")).isZero();
  }

  @Test
  void aCostTooLargeForALong_saturatesInsteadOfOverflowing() {
    QueryCost huge = new QueryCost(new Limits.ListSizes(1_000_000, Map.of()), 20, 100);
    String document =
        "{ parties(first: 100) { nodes { meetings { participants { person { meetings {"
            + " participants { person { name } } } } } } } } }";
    assertThat(of(huge, document, Map.of())).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aFragmentSpreadTwice_countsTwice() {
    String spread =
        "{ a: parties(first: 100) { nodes { ...F } } b: parties(first: 100) { nodes { ...F } } }"
            + " fragment F on Party { offices { name } }";
    assertThat(of(spread)).isEqualTo(2 * (1 + 100 + 100 * 10));
  }

  @Test
  void fragmentsSpreadWithinFragments_costTheMost_insteadOfExpandingWithoutEnd() {
    StringBuilder document = new StringBuilder("{ parties(first: 1) { nodes { ...F0 } } }");
    for (int level = 0; level < 8; level++) {
      document.append(" fragment F").append(level).append(" on Party {");
      for (int alias = 0; alias < 20; alias++) {
        document.append(" a").append(alias).append(": parent { ");
        document.append(level < 7 ? "...F" + (level + 1) : "name").append(" }");
      }
      document.append(" }");
    }
    assertThat(of(document.toString())).isEqualTo(Long.MAX_VALUE);
  }
}
