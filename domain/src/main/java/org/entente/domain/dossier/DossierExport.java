package org.entente.domain.dossier;

import java.util.List;
import org.entente.domain.party.PartyId;

/**
 * Dossiers out of the record, in the format that {@link DossierImport} reads, so that an export
 * imported into another record answers the same questions.
 */
public interface DossierExport {

  /**
   * The dossier of one party (every meeting, negotiation and agreement it takes part in) or of two
   * or more (those they all take part in, as a relationship between them has them), with every
   * record those need: the agreements their negotiations produced and those they replace, the
   * meetings steps were taken at, the parties, people, offices, tenures, topics and sources named.
   * Refused with NOT_FOUND when a party is not on record.
   */
  Dossier export(List<PartyId> parties);
}
