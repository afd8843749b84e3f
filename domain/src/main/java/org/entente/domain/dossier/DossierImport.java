package org.entente.domain.dossier;

/**
 * Writes a dossier into the record, all or nothing: every reference is resolved and every rule of
 * the domain checked before anything is kept.
 */
public interface DossierImport {

  /** Counts of what was written. */
  record Summary(int parties, int people, int meetings, int negotiations, int agreements) {}

  Summary importDossier(Dossier dossier);
}
