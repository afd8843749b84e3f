/**
 * Reading from a PostgreSQL read replica: with {@code DATABASE_REPLICA_URL} set, GraphQL queries
 * read from the standby and fall back to the primary while it cannot be reached; mutations,
 * subscriptions and everything else stay on the primary.
 */
package org.entente.api.replica;
