package org.entente.domain.revision;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a record written, changed or removed: who did it, when, and the row before and after
 * as JSON objects (none before an insert, none after a delete). A change to a meeting's participant
 * is a change of the meeting, in the table that holds participants.
 */
public record Change(
    long id,
    Instant at,
    long transactionId,
    String actor,
    String table,
    Operation operation,
    String before,
    String after) {

  /** What happened to the row. */
  public enum Operation {
    INSERT,
    UPDATE,
    DELETE
  }

  public Change {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(operation, "operation");
    if ((before == null) != (operation == Operation.INSERT)
        || (after == null) != (operation == Operation.DELETE)) {
      throw new IllegalArgumentException(operation + " has the wrong rows before and after");
    }
  }
}
