/**
 * Who may use the API: keys that clients present, each with a role; only a digest of a key's token
 * is ever kept.
 */
package org.entente.domain.access;
