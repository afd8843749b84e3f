package org.entente.api.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Rows for one table, buffered as COPY text and written in one COPY when flushed. */
final class CopyRows {

  private final String copy;
  private final StringBuilder rows = new StringBuilder(1 << 16);
  private long total;

  CopyRows(String table, String columns) {
    this.copy = "copy " + table + " (" + columns + ") from stdin";
  }

  /** Adds a row; null is SQL null, everything else is written as its string form. */
  CopyRows add(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append('\t');
      }
      if (values[i] == null) {
        rows.append("\\N");
      } else {
        escape(String.valueOf(values[i]));
      }
    }
    rows.append('\n');
    total++;
    return this;
  }

  private void escape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> rows.append("\\\\");
        case '\t' -> rows.append("\\t");
        case '\n' -> rows.append("\\n");
        case '\r' -> rows.append("\\r");
        default -> rows.append(c);
      }
    }
  }

  /** Rows added so far, flushed or not. */
  long total() {
    return total;
  }

  void flush(CopyManager copyManager) throws SQLException, IOException {
    if (!rows.isEmpty()) {
      copyManager.copyIn(copy, new StringReader(rows.toString()));
      rows.setLength(0);
    }
  }

  /** Flushes the tables in the order given, so that foreign keys find their rows. */
  static void flush(CopyManager copyManager, CopyRows... tables) throws SQLException, IOException {
    for (CopyRows table : tables) {
      table.flush(copyManager);
    }
  }
}
