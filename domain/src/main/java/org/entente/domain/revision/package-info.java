/**
 * Records change: each editable record has a version that every change raises, and a history of who
 * changed what, kept by the database.
 */
package org.entente.domain.revision;
