package org.entente.domain.revision;

import java.util.function.LongSupplier;

/**
 * Runs changes to the record: each one all or nothing, in one transaction, audited under its actor.
 * A change repeated with the same idempotency key is answered with what the first one wrote,
 * without writing again.
 */
public interface Edits {

  /**
   * Runs {@code write}, which answers the key of the record it wrote, and answers that key. A
   * {@link org.entente.domain.RuleViolation}, or a row the database refuses, leaves nothing written
   * and comes out as a RuleViolation.
   */
  long run(Edit edit, LongSupplier write);
}
