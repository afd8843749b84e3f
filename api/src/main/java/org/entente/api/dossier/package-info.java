/**
 * Dossiers as JSON — their format's schema, reading and writing them — and the ways they are
 * loaded: the demo dossier that a new, empty database starts with, and the command-line import.
 */
package org.entente.api.dossier;
