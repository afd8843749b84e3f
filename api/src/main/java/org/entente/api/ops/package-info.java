/** Running Entente for real: health and readiness that operators and load balancers can trust. */
package org.entente.api.ops;
