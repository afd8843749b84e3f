/** What diplomacy is about: a small hierarchy of topics, each with its other names. */
package org.entente.domain.topic;
