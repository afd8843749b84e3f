package org.entente.domain.revision;

import java.util.Objects;

/**
 * One row of the record changed by a transaction that committed: the record it belongs to (its API
 * type name and key), the table and operation, the row's own key where it has one, and the
 * transaction, so that the rows of one change can be told apart from the next.
 */
public record Committed(
    String subject,
    long key,
    String table,
    Change.Operation operation,
    Long row,
    long transaction) {

  public Committed {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(operation, "operation");
  }

  public boolean inserted(String table) {
    return operation == Change.Operation.INSERT && this.table.equals(table) && row != null;
  }
}
