/** Property-based tests that throw malformed and hostile requests at the running server. */
package org.entente.api.fuzz;
