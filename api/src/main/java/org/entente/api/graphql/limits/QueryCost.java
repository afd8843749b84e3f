package org.entente.api.graphql.limits;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of a document: how many objects it can return at most, counted before it runs, as
 * GitHub's GraphQL API counts nodes. Each field of an object type returns as many objects as its
 * parent does, times the size of its list: {@code first} or {@code last} for a connection's {@code
 * nodes} and {@code edges} and for any list that takes them (the default page when neither is
 * given, and never more than the largest page, which is refused anyway), the number of {@code ids}
 * asked for, or else the size assumed for the field. Scalars are free, but for those given a size
 * by {@code Type.field} (a dossier's records); introspection reads the schema in memory, not the
 * database, so it is free too.
 *
 * <p>graphql-java's {@code QueryComplexityCalculator} adds costs up in {@code int}: a few nested
 * pages of 100 overflow it and make the most expensive documents look cheap. This one saturates at
 * {@link Long#MAX_VALUE} instead.
 */
public final class QueryCost {

  private final Limits.ListSizes listSizes;
  private final int defaultPageSize;
  private final int largestPageSize;

  /**
   * @param listSizes sizes assumed for lists that take no page size
   * @param defaultPageSize the page served when neither {@code first} nor {@code last} is given
   * @param largestPageSize the largest page served
   */
  public QueryCost(Limits.ListSizes listSizes, int defaultPageSize, int largestPageSize) {
    this.listSizes = listSizes;
    this.defaultPageSize = defaultPageSize;
    this.largestPageSize = largestPageSize;
  }

  /** The cost of running the operation with these variables. */
  public long of(
      GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
    Document inlined;
    try {
      inlined = InlinedFragments.of(document);
    } catch (InlinedFragments.TooLarge tooLarge) {
      return Long.MAX_VALUE;
    }
    Map<QueryVisitorFieldEnvironment, Long> returned = new HashMap<>();
    long[] total = {0};
    QueryTraverser.newQueryTraverser()
        .schema(schema)
        .document(inlined)
        .operationName(operationName)
        .coercedVariables(variables)
        .build()
        .visitPreOrder(
            new QueryVisitorStub() {
              @Override
              public void visitField(QueryVisitorFieldEnvironment field) {
                QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
                long parents = parent == null ? 1 : returned.getOrDefault(parent, 0L);
                if (!(GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType())
                    instanceof GraphQLCompositeType)) {
                  // A scalar holds no objects, but for one named among the list sizes: a dossier
                  // is one JSON value holding every record of its parties.
                  String name = field.getFieldDefinition().getName();
                  Integer holds =
                      name.startsWith("__")
                          ? null
                          : listSizes.ofScalar(field.getFieldsContainer().getName(), name);
                  if (holds != null) {
                    total[0] = add(total[0], multiply(parents, holds));
                  }
                  return;
                }
                long objects =
                    field.getFieldDefinition().getName().startsWith("__")
                        ? 0
                        : multiply(parents, size(field));
                returned.put(field, objects);
                total[0] = add(total[0], objects);
              }
            });
    return total[0];
  }

  /**
   * The most the operation can cost whatever variables it is given: every {@code Int} counts as the
   * largest page, and every list as holding that many items. This is what a registered document is
   * checked against before anyone calls it.
   */
  public long worstCase(GraphQLSchema schema, Document document, String operationName) {
    Map<String, Object> variables = new HashMap<>();
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      if (operationName == null || operationName.equals(operation.getName())) {
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
          Object worst = worst(variable.getType(), schema);
          if (worst != null) {
            variables.put(variable.getName(), worst);
          }
        }
      }
    }
    return of(schema, document, operationName, CoercedVariables.of(variables));
  }

  /** The value that makes a list longest, or, for a value that must be given, any value. */
  private Object worst(Type<?> type, GraphQLSchema schema) {
    if (type instanceof NonNullType nonNull) {
      Object worst = worst(nonNull.getType(), schema);
      if (worst != null) {
        return worst;
      }
      return schema.getType(((TypeName) nonNull.getType()).getName())
              instanceof GraphQLInputObjectType
          ? Map.of()
          : "";
    }
    if (type instanceof ListType list) {
      Object item = worst(list.getType(), schema);
      return Collections.nCopies(largestPageSize, item == null ? "" : item);
    }
    return ((TypeName) type).getName().equals("Int") ? Integer.MAX_VALUE : null;
  }

  private long size(QueryVisitorFieldEnvironment field) {
    if (!GraphQLTypeUtil.isList(
        GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()))) {
      return 1;
    }
    String type = field.getFieldsContainer().getName();
    String name = field.getFieldDefinition().getName();
    boolean connectionItems =
        type.endsWith("Connection") && (name.equals("nodes") || name.equals("edges"));
    if (connectionItems && field.getParentEnvironment() != null) {
      return pageSize(field.getParentEnvironment());
    }
    if (field.getFieldDefinition().getArgument("first") != null
        || field.getFieldDefinition().getArgument("last") != null) {
      return pageSize(field);
    }
    if (field.getFieldDefinition().getArgument("ids") != null) {
      return field.getArguments().get("ids") instanceof List<?> ids ? ids.size() : 0;
    }
    return listSizes.of(type, name);
  }

  private long pageSize(QueryVisitorFieldEnvironment field) {
    for (String argument : List.of("first", "last")) {
      if (field.getArguments().get(argument) instanceof Integer size) {
        return Math.max(1, Math.min(size, largestPageSize));
      }
    }
    return defaultPageSize;
  }

  private static long multiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high == 0 && product >= 0 ? product : Long.MAX_VALUE;
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
