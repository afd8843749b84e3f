/**
 * A dossier: a self-contained set of records that refer to each other by keys, the way demo data
 * and bulk loads enter the record. Reference data (regions, topics) is named by its code.
 */
package org.entente.domain.dossier;
