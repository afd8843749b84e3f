package org.entente.api.graphql.limits;

/**
 * The cost of the document being run, kept in the request's GraphQL context from the moment it is
 * known until the response reports it.
 */
public record RequestedCost(long value) {}
