/**
 * Trusted documents: the GraphQL documents partners have registered in this repository, called by
 * ID, checked against the schema and the limits when the server starts.
 */
package org.entente.api.graphql.documents;
