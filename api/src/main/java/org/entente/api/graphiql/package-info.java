/**
 * GraphiQL served from the application's own assets (WebJars and a static page), so it works
 * without internet access.
 */
package org.entente.api.graphiql;
