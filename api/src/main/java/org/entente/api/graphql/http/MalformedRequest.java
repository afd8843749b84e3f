package org.entente.api.graphql.http;

import org.springframework.http.HttpStatus;

/** A request that is not a GraphQL request this server can read; the message tells the client. */
final class MalformedRequest extends RuntimeException {

  private final HttpStatus status;
  private final String code;

  MalformedRequest(HttpStatus status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  MalformedRequest(String message) {
    this(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message);
  }

  HttpStatus status() {
    return status;
  }

  String code() {
    return code;
  }
}
