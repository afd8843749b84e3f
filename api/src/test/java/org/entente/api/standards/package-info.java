/**
 * Standards checked by real clients: the GraphQL over HTTP audit of graphql-http, and GraphiQL in
 * headless Chromium, both run with Node.js from {@code src/test/js}.
 */
package org.entente.api.standards;
