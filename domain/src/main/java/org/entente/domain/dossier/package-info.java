/**
 * Dossiers: self-contained sets of records that refer to each other by keys, the way demo data and
 * bulk loads enter the record and the way a party's or a relationship's record leaves it. A dossier
 * is checked whole before it is written ({@link org.entente.domain.dossier.DossierCheck}), every
 * problem at its entry and field. Reference data (regions, topics) is named by its code.
 */
package org.entente.domain.dossier;
