/** Free-text search across the whole record, ranked, forgiving of other spellings. */
package org.entente.domain.search;
