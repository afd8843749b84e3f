/** HTTP in front of GraphQL: what a request must look like before a GraphQL handler sees it. */
package org.entente.api.web;
