/**
 * The GraphQL API: thin controllers that turn arguments into domain queries, global IDs, cursor
 * connections, and one batch loader per kind of record so that nested fields never query per row.
 */
package org.entente.api.graphql;
