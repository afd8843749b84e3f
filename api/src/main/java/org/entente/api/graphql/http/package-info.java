/**
 * GraphQL over HTTP as Entente serves it: POST and GET, documents sent whole or named by the ID of
 * a registered document, and request bodies bounded before they are read.
 */
package org.entente.api.graphql.http;
