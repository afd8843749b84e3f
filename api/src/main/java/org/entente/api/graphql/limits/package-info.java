/**
 * The bounds on what one request may ask of the server — nesting depth, the cost of what a document
 * can return, the size of the document itself — checked before anything runs.
 */
package org.entente.api.graphql.limits;
