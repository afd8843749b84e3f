package org.entente.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.entente.domain.RuleViolation;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Rows the database refused, as the rule they broke. The schema's constraints are the last guard
 * behind the domain's own checks (a reference to a record that does not exist, a value another
 * record already has); the client learns which field, never the SQL or the constraint's name.
 */
final class RefusedRows {

  /** The code of a concurrent retry of an idempotent edit that lost the race. */
  static final String RETRIED = "RETRIED";

  private RefusedRows() {}

  static Optional<RuleViolation> violation(Throwable refused) {
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation violation) {
        return Optional.of(violation);
      }
      if (cause instanceof PSQLException sql && sql.getServerErrorMessage() != null) {
        return Optional.ofNullable(of(sql, sql.getServerErrorMessage()));
      }
      if (cause instanceof SQLException) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static RuleViolation of(SQLException sql, ServerErrorMessage message) {
    String constraint = message.getConstraint() == null ? "" : message.getConstraint();
    String field = field(message.getTable(), constraint);
    return switch (String.valueOf(sql.getSQLState())) {
      case "23505" ->
          constraint.equals("idempotency_key_pkey")
              ? new RuleViolation(RETRIED, "a retry of this edit ran at the same time")
              : new RuleViolation("DUPLICATE", field + ": another record already has this value")
                  .at(field);
      case "23503" ->
          String.valueOf(message.getDetail()).contains("is still referenced")
              ? new RuleViolation("IN_USE", "other records still refer to this one")
              : new RuleViolation("UNKNOWN_REFERENCE", field + ": there is no such record")
                  .at(field);
      case "23P01" ->
          new RuleViolation("OVERLAP", field + ": overlaps another record's period").at(field);
      case "23514", "23502", "22001", "22007", "22008", "22P02" ->
          new RuleViolation("INVALID_INPUT", field + ": the value is not allowed here").at(field);
      // Neither names a constraint, so neither can name the field. The API refuses NUL before it
      // runs anything (NulCharacterGuard); this is the record's own guard. An index entry holds
      // some 2,700 bytes.
      case "22021", "22P05" ->
          new RuleViolation("INVALID_INPUT", "text may not contain the NUL character (U+0000)");
      case "54000" -> new RuleViolation("INVALID_INPUT", "a value is too long to be kept");
      default -> null;
    };
  }

  /**
   * The input field a constraint guards, by the schema's naming: {@code party_parent_id_fkey}
   * guards {@code parent}, {@code party_iso_alpha2_key} guards {@code isoAlpha2}.
   */
  static String field(String table, String constraint) {
    if (table == null || !constraint.startsWith(table + "_")) {
      return "input";
    }
    String column =
        constraint
            .substring(table.length() + 1)
            .replaceFirst("_?(fkey|key|pkey|excl|check)\\d*$", "")
            .replaceFirst("_id$", "");
    if (column.isEmpty()) {
      return "input";
    }
    StringBuilder camel = new StringBuilder();
    for (String part : column.split("_")) {
      camel.append(
          camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return camel.toString();
  }
}
