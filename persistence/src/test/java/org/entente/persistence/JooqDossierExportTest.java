package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.persistence.jooq.Tables.PARTY;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.domain.dossier.Dossier;
import org.entente.domain.party.PartyId;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;

/** A dossier is read out of PostgreSQL as of one moment, however many statements read it. */
class JooqDossierExportTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  private long party(String name) {
    return db.select(PARTY.ID).from(PARTY).where(PARTY.NAME.eq(name)).fetchSingle(PARTY.ID);
  }

  @Test
  void aChangeCommittedWhileTheDossierIsBeingRead_isNotInIt() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            JooqPorts.dossierImport(db).importDossier(SmallDossier.tagged(tag), "test").problems())
        .isEmpty();
    long north = party("Northern Union " + tag);
    long south = party("Southern League " + tag);
    AtomicBoolean renamed = new AtomicBoolean();
    // After the export's first read, another connection renames a party and commits.
    DSLContext exporting =
        db.configuration()
            .derive(
                ExecuteListener.onExecuteEnd(
                    context -> {
                      if (context.sql().startsWith("select")
                          && renamed.compareAndSet(false, true)) {
                        db.update(PARTY)
                            .set(PARTY.NAME, "Renamed Union " + tag)
                            .where(PARTY.ID.eq(north))
                            .execute();
                      }
                    }))
            .dsl();

    Dossier dossier =
        JooqPorts.dossierExport(exporting).export(List.of(new PartyId(north), new PartyId(south)));

    assertThat(renamed).isTrue();
    assertThat(party("Renamed Union " + tag)).isEqualTo(north);
    assertThat(dossier.parties())
        .extracting(Dossier.PartyEntry::name)
        .contains("Northern Union " + tag)
        .doesNotContain("Renamed Union " + tag);
  }
}
