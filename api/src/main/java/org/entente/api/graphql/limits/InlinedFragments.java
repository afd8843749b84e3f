package org.entente.api.graphql.limits;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A document with every fragment spread replaced by the fragment's selections. graphql-java's
 * {@code QueryTraverser} visits a fragment's fields once however often the fragment is spread, so a
 * document that spreads one fragment under many lists would be counted as cheap as spreading it
 * once. Inlined, every spread counts. The expansion stops at a bound, as a document spreading
 * fragments within fragments can grow exponentially.
 */
final class InlinedFragments {

  /** Far more fields than any useful document has once inlined; the largest test has some 200. */
  static final int MAX_SELECTIONS = 100_000;

  /** The expansion passed {@link #MAX_SELECTIONS}. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  private final Map<String, FragmentDefinition> fragments;
  private int selections;

  private InlinedFragments(Document document) {
    this.fragments =
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
  }

  /** The document's operations with their fragments inlined; throws {@link TooLarge}. */
  static Document of(Document document) {
    InlinedFragments inlining = new InlinedFragments(document);
    List<Definition> operations = new ArrayList<>();
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      operations.add(
          operation.transform(
              builder -> builder.selectionSet(inlining.inline(operation.getSelectionSet()))));
    }
    return document.transform(builder -> builder.definitions(operations));
  }

  private SelectionSet inline(SelectionSet selectionSet) {
    if (selectionSet == null) {
      return null;
    }
    List<Selection> inlined = new ArrayList<>();
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (++selections > MAX_SELECTIONS) {
        throw new TooLarge();
      }
      inlined.add(inline(selection));
    }
    return selectionSet.transform(builder -> builder.selections(inlined));
  }

  private Selection<?> inline(Selection<?> selection) {
    if (selection instanceof Field field) {
      return field.transform(builder -> builder.selectionSet(inline(field.getSelectionSet())));
    }
    if (selection instanceof InlineFragment fragment) {
      return fragment.transform(
          builder -> builder.selectionSet(inline(fragment.getSelectionSet())));
    }
    FragmentSpread spread = (FragmentSpread) selection;
    FragmentDefinition fragment = fragments.get(spread.getName());
    return InlineFragment.newInlineFragment()
        .typeCondition(fragment.getTypeCondition())
        .directives(spread.getDirectives())
        .selectionSet(inline(fragment.getSelectionSet()))
        .build();
  }
}
