/** Wiring: the database (created on first start when missing) and the domain's ports as beans. */
package org.entente.api.config;
