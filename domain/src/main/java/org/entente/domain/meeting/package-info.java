/**
 * Meetings of officials: who took part in which office, what was discussed and said, what came of
 * it.
 */
package org.entente.domain.meeting;
