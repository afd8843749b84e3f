/**
 * The domain's ports implemented with jOOQ on PostgreSQL. Every query maps rows straight into
 * domain records, nesting children with MULTISET so that one statement loads whole aggregates.
 */
package org.entente.persistence;
