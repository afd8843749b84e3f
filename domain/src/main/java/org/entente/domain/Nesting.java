package org.entente.domain;

import java.util.List;
import java.util.function.ToIntFunction;

/** How deep and/or/not filters nest; a bound keeps a request's SQL small. */
public final class Nesting {

  public static final int MAX_DEPTH = 4;

  private Nesting() {}

  public static <F> int depth(List<F> and, List<F> or, F not, ToIntFunction<F> nested) {
    int deepest = not == null ? 0 : nested.applyAsInt(not);
    for (F filter : and) {
      deepest = Math.max(deepest, nested.applyAsInt(filter));
    }
    for (F filter : or) {
      deepest = Math.max(deepest, nested.applyAsInt(filter));
    }
    return deepest + (and.isEmpty() && or.isEmpty() && not == null ? 0 : 1);
  }
}
