/** Dossiers as JSON files, and the demo dossier that a new, empty database starts with. */
package org.entente.api.dossier;
