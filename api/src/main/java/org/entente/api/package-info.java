/** The Spring Boot application that serves Entente's GraphQL API. */
package org.entente.api;
