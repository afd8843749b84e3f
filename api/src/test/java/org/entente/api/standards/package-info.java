/**
 * Standards checked by real clients: GraphQL over HTTP by graphql-http's server audit (and GET in
 * detail), GraphiQL in headless Chromium; the clients run with Node.js from {@code src/test/js}.
 */
package org.entente.api.standards;
