package org.entente.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of every table of the record, to prove that a refused change wrote nothing: two
 * equal fingerprints mean the same rows, column for column.
 */
@TestComponent
public class DatabaseState {

  private final JdbcTemplate jdbc;

  DatabaseState(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Map<String, String> fingerprint() {
    return fingerprint(jdbc);
  }

  public static Map<String, String> fingerprint(JdbcTemplate jdbc) {
    List<String> tables =
        jdbc.queryForList(
            "select tablename from pg_tables where schemaname = 'public'"
                + " and tablename not like 'databasechangelog%' order by tablename",
            String.class);
    Map<String, String> fingerprint = new LinkedHashMap<>();
    for (String table : tables) {
      fingerprint.put(
          table,
          jdbc.queryForObject(
              "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '')"
                  + " from \""
                  + table
                  + "\" t",
              String.class));
    }
    return fingerprint;
  }
}
