/**
 * Errors that help and do not leak: every error a client sees has a classification and a code to
 * act on, and none shows a stack trace, SQL, a constraint or a class name.
 */
package org.entente.api.graphql.errors;
