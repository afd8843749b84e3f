/**
 * The domain's ports implemented with jOOQ on PostgreSQL. Every query maps rows straight into
 * domain records, nesting children as JSON ({@link org.entente.persistence.JsonRows}) so that one
 * statement loads whole aggregates.
 */
package org.entente.persistence;
