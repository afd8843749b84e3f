/**
 * Negotiations between parties as the steps of treaty-making (for the EU, Article 218 TFEU), with
 * the status at any date derived from those steps.
 */
package org.entente.domain.negotiation;
