package org.entente.api.graphql.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import java.io.IOException;
import java.util.Map;
import org.entente.api.graphql.documents.TrustedDocument;
import org.entente.api.graphql.documents.TrustedDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's GraphQL over HTTP handler, reading the request itself: Spring's requires a {@code query}
 * and serves POST only, while a partner may send the {@code documentId} of a registered document,
 * by POST or by GET. Everything after reading — interceptors, execution, the response — is
 * Spring's; only the result's JSON is written by {@link ResultWriter}.
 */
final class GraphQlEndpoint extends GraphQlHttpHandler {

  private final WebGraphQlHandler graphQl;
  private final TrustedDocuments documents;
  private final JsonMapper json;
  // A field given twice is refused: read leniently, the last would silently win.
  private final ObjectReader bodies;
  private final ParserOptions parserOptions;
  private final IdGenerator ids = new AlternativeJdkIdGenerator();

  /** An operation of a document sent by GET: clients send the same few again and again. */
  private record Operation(String document, @Nullable String name) {}

  /** Whether each operation sent by GET is a mutation, so that its document is parsed once. */
  private final Cache<Operation, Boolean> mutations =
      Caffeine.newBuilder().maximumSize(1_000).build();

  GraphQlEndpoint(
      WebGraphQlHandler graphQl,
      TrustedDocuments documents,
      JsonMapper json,
      ParserOptions parserOptions) {
    super(graphQl, new ResultWriter(json));
    this.graphQl = graphQl;
    this.documents = documents;
    this.json = json;
    this.bodies = json.readerFor(Map.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.parserOptions = parserOptions;
  }

  @Override
  public ServerResponse handleRequest(ServerRequest request) {
    try {
      GraphQlHttpRequest parameters = read(request);
      String document = document(parameters);
      if (HttpMethod.GET.equals(request.method())
          && mutations.get(
              new Operation(document, parameters.operationName()),
              operation ->
                  OperationKind.of(operation.document(), operation.name(), parserOptions)
                      .filter(OperationDefinition.Operation.MUTATION::equals)
                      .isPresent())) {
        throw new MalformedRequest(
            HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Send mutations with POST");
      }
      WebGraphQlRequest graphQlRequest =
          new WebGraphQlRequest(
              request.uri(),
              request.headers().asHttpHeaders(),
              cookies(request),
              request.remoteAddress().orElse(null),
              request.attributes(),
              new DefaultGraphQlRequest(
                  document,
                  parameters.operationName(),
                  parameters.variables(),
                  parameters.extensions()),
              ids.generateId().toString(),
              LocaleContextHolder.getLocale());
      return prepareResponse(request, graphQl.handleRequest(graphQlRequest));
    } catch (MalformedRequest malformed) {
      return refusal(malformed);
    }
  }

  private GraphQlHttpRequest read(ServerRequest request) {
    if (HttpMethod.GET.equals(request.method())) {
      return GraphQlHttpRequest.fromParameters(request.params().toSingleValueMap(), json);
    }
    Map<?, ?> body;
    try {
      body = bodies.readValue(request.servletRequest().getInputStream());
    } catch (StreamReadException notJson) {
      // Jackson names the field given twice; its other reasons name its own parser state.
      throw new MalformedRequest(
          notJson.getOriginalMessage().startsWith("Duplicate Object property")
              ? "The body gives a field twice: " + notJson.getOriginalMessage()
              : "The body is not a JSON object");
    } catch (JacksonException | IOException unreadable) {
      throw new MalformedRequest("The body is not a JSON object");
    }
    if (body == null) {
      throw new MalformedRequest("The body is not a JSON object");
    }
    return GraphQlHttpRequest.fromBody(body);
  }

  private String document(GraphQlHttpRequest parameters) {
    if (parameters.query() != null) {
      return parameters.query();
    }
    return documents
        .find(parameters.documentId())
        .map(TrustedDocument::text)
        .orElseThrow(
            () ->
                new MalformedRequest(
                    HttpStatus.BAD_REQUEST,
                    "PERSISTED_DOCUMENT_NOT_FOUND",
                    "No document is registered with the ID " + parameters.documentId()));
  }

  private static ServerResponse refusal(MalformedRequest malformed) {
    ServerResponse.BodyBuilder response =
        ServerResponse.status(malformed.status()).contentType(MediaType.APPLICATION_JSON);
    if (malformed.status() == HttpStatus.METHOD_NOT_ALLOWED) {
      response.allow(HttpMethod.POST);
    }
    return response.body(HttpErrors.body(malformed.code(), malformed.getMessage()));
  }

  private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
    MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
    request
        .cookies()
        .forEach(
            (name, values) ->
                values.forEach(
                    cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
    return cookies;
  }
}
