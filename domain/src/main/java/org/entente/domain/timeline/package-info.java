/**
 * One stream, in date order, of what parties did: meetings held, negotiation steps taken and
 * actions on agreements; and the counts that summarise a relationship between parties.
 */
package org.entente.domain.timeline;
