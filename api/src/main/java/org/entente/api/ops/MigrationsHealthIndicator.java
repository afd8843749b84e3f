package org.entente.api.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * UP while the database holds every changeset this build knows: a database restored from an older
 * backup, or migrated by an older build, would serve a schema the code does not expect.
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

  private final JdbcTemplate jdbc;
  private final Set<String> expected = new HashSet<>();

  MigrationsHealthIndicator(
      JdbcTemplate jdbc, @Value("${spring.liquibase.change-log}") String changeLog)
      throws LiquibaseException {
    super("the migrations could not be checked");
    this.jdbc = jdbc;
    String path = changeLog.replaceFirst("^classpath:", "");
    ResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());
    for (ChangeSet changeSet :
        ChangeLogParserFactory.getInstance()
            .getParser(path, resources)
            .parse(path, new ChangeLogParameters(), resources)
            .getChangeSets()) {
      expected.add(changeSet.getId() + " by " + changeSet.getAuthor());
    }
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    List<String> applied =
        jdbc.queryForList("select id || ' by ' || author from databasechangelog", String.class);
    Set<String> missing = new HashSet<>(expected);
    applied.forEach(missing::remove);
    health.withDetail("changesets", expected.size()).withDetail("missing", missing.size());
    if (missing.isEmpty()) {
      health.up();
    } else {
      health.down();
    }
  }
}
