/**
 * The vocabulary shared by every part of the record: partial dates, identifiers from other systems,
 * pages, and the rule violations that the domain refuses with a reason.
 */
package org.entente.domain;
