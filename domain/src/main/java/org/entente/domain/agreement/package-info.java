/**
 * Agreements between parties and the dated actions on them, with each one's status at any date,
 * overall and for each party, derived from those actions.
 */
package org.entente.domain.agreement;
