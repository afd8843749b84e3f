/** People, the offices of parties, and the tenures that say who held which office when. */
package org.entente.domain.person;
