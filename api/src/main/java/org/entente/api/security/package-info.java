/** Who may do what: API keys, roles, and the name a write is recorded under. */
package org.entente.api.security;
