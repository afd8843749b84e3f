package org.entente.api.config;

import java.sql.DriverManager;
import org.entente.api.security.CachedApiKeys;
import org.entente.domain.access.ApiKeys;
import org.entente.domain.agreement.Agreements;
import org.entente.domain.dossier.DossierExport;
import org.entente.domain.dossier.DossierImport;
import org.entente.domain.meeting.Meetings;
import org.entente.domain.meeting.Statements;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.party.Parties;
import org.entente.domain.person.Offices;
import org.entente.domain.person.People;
import org.entente.domain.person.Tenures;
import org.entente.domain.revision.ChangeFeed;
import org.entente.domain.revision.Edits;
import org.entente.domain.revision.Revisions;
import org.entente.domain.search.Search;
import org.entente.domain.source.Citations;
import org.entente.domain.source.Sources;
import org.entente.domain.timeline.Timeline;
import org.entente.domain.topic.Topics;
import org.entente.persistence.JooqPorts;
import org.jooq.DSLContext;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's ports, implemented on PostgreSQL through jOOQ. */
@Configuration(proxyBeanMethods = false)
class PortsConfiguration {

  @Bean
  Parties parties(DSLContext db) {
    return JooqPorts.parties(db);
  }

  @Bean
  People people(DSLContext db) {
    return JooqPorts.people(db);
  }

  @Bean
  Offices offices(DSLContext db) {
    return JooqPorts.offices(db);
  }

  @Bean
  Tenures tenures(DSLContext db) {
    return JooqPorts.tenures(db);
  }

  @Bean
  Topics topics(DSLContext db) {
    return JooqPorts.topics(db);
  }

  @Bean
  Sources sources(DSLContext db) {
    return JooqPorts.sources(db);
  }

  @Bean
  Citations citations(DSLContext db) {
    return JooqPorts.citations(db);
  }

  @Bean
  Meetings meetings(DSLContext db) {
    return JooqPorts.meetings(db);
  }

  @Bean
  Statements statements(DSLContext db) {
    return JooqPorts.statements(db);
  }

  @Bean
  Negotiations negotiations(DSLContext db) {
    return JooqPorts.negotiations(db);
  }

  @Bean
  Agreements agreements(DSLContext db) {
    return JooqPorts.agreements(db);
  }

  @Bean
  Search search(DSLContext db) {
    return JooqPorts.search(db);
  }

  @Bean
  Timeline timeline(DSLContext db) {
    return JooqPorts.timeline(db);
  }

  @Bean
  Revisions revisions(DSLContext db) {
    return JooqPorts.revisions(db);
  }

  @Bean
  Edits edits(DSLContext db) {
    return JooqPorts.edits(db);
  }

  /** Listens on a connection of its own, outside the pool: it is held for as long as it runs. */
  @Bean
  ChangeFeed changeFeed(DataSourceProperties database) {
    return JooqPorts.changeFeed(
        () ->
            DriverManager.getConnection(
                database.determineUrl(),
                database.determineUsername(),
                database.determinePassword()));
  }

  @Bean
  DossierImport dossierImport(DSLContext db) {
    return JooqPorts.dossierImport(db);
  }

  /** Looked up on every request that presents a key, hence cached. */
  @Bean
  ApiKeys apiKeys(DSLContext db) {
    return CachedApiKeys.over(JooqPorts.apiKeys(db));
  }

  @Bean
  DossierExport dossierExport(DSLContext db) {
    return JooqPorts.dossierExport(db);
  }
}
