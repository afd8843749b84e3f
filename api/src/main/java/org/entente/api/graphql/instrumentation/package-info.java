/** How graphql-java's instrumentations are put together for this application. */
package org.entente.api.graphql.instrumentation;
