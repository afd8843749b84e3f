/**
 * Who may do what, and how often: API keys as bearer tokens, roles checked field by field inside
 * GraphQL, rate limits per key, and the name a write is recorded under.
 */
package org.entente.api.security;
