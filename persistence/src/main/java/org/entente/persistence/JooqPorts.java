package org.entente.persistence;

import java.sql.Connection;
import java.util.concurrent.Callable;
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
import org.jooq.DSLContext;

/** The domain's ports on a jOOQ context; the adapters themselves stay private to this package. */
public final class JooqPorts {

  private JooqPorts() {}

  public static Parties parties(DSLContext db) {
    return new JooqParties(db);
  }

  public static People people(DSLContext db) {
    return new JooqPeople(db);
  }

  public static Offices offices(DSLContext db) {
    return new JooqOffices(db);
  }

  public static Tenures tenures(DSLContext db) {
    return new JooqTenures(db);
  }

  public static Topics topics(DSLContext db) {
    return new JooqTopics(db);
  }

  public static Sources sources(DSLContext db) {
    return new JooqSources(db);
  }

  public static Meetings meetings(DSLContext db) {
    return new JooqMeetings(db);
  }

  public static Statements statements(DSLContext db) {
    return new JooqStatements(db);
  }

  public static Citations citations(DSLContext db) {
    return new JooqCitations(db);
  }

  public static Negotiations negotiations(DSLContext db) {
    return new JooqNegotiations(db);
  }

  public static Agreements agreements(DSLContext db) {
    return new JooqAgreements(db);
  }

  public static Search search(DSLContext db) {
    return new JooqSearch(db);
  }

  public static Timeline timeline(DSLContext db) {
    return new JooqTimeline(db);
  }

  public static Revisions revisions(DSLContext db) {
    return new JooqRevisions(db);
  }

  public static Edits edits(DSLContext db) {
    return new JooqEdits(db);
  }

  /** The change feed on connections of its own, opened by {@code connect}. */
  public static ChangeFeed changeFeed(Callable<Connection> connect) {
    return new PgChangeFeed(connect);
  }

  public static DossierImport dossierImport(DSLContext db) {
    return new JooqDossierImport(db);
  }

  public static ApiKeys apiKeys(DSLContext db) {
    return new JooqApiKeys(db);
  }

  public static DossierExport dossierExport(DSLContext db) {
    return new JooqDossierExport(db);
  }
}
