/** Where the record's facts come from: publications, and the citations that tie facts to them. */
package org.entente.domain.source;
