package org.entente.api.graphql;

import java.util.function.Function;
import org.springframework.graphql.data.ArgumentValue;

/**
 * An update's optional field: left out of the input, it keeps the current value; given, even as
 * null, it replaces it.
 */
final class Patch {

  private Patch() {}

  static <T> T of(ArgumentValue<T> field, T current) {
    return of(field, Function.identity(), current);
  }

  static <T, R> R of(ArgumentValue<T> field, Function<T, R> convert, R current) {
    if (field == null || field.isOmitted()) {
      return current;
    }
    return convert.apply(field.value());
  }
}
