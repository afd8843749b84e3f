/** Who acts in diplomacy: states, international organisations and their institutions. */
package org.entente.domain.party;
