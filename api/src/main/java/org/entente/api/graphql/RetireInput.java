package org.entente.api.graphql;

/** The record to retire and the version the client last saw of it. */
record RetireInput(String id, long version) {}
