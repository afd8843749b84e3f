package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.RuleViolation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.source.Sources;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting and retiring the publications the record's facts come from. */
@Controller
class SourceMutations {

  record CreateSourceInput(
      String publisher,
      String title,
      String url,
      String language,
      String published,
      LocalDate retrievedOn) {}

  /** Fields left out stay as they are; an optional field given as null is cleared. */
  record UpdateSourceInput(
      String id,
      long version,
      String publisher,
      String title,
      ArgumentValue<String> url,
      ArgumentValue<String> language,
      String published,
      ArgumentValue<LocalDate> retrievedOn) {}

  record SourcePayload(Source source, List<UserError> userErrors) {
    static SourcePayload of(Written<Source> written) {
      return new SourcePayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Sources sources;

  SourceMutations(Writes writes, Sources sources) {
    this.writes = writes;
    this.sources = sources;
  }

  @MutationMapping
  SourcePayload createSource(@Argument CreateSourceInput input, DataFetchingEnvironment env) {
    return SourcePayload.of(
        writes.run(
            env,
            () ->
                sources
                    .add(
                        new Source(
                            null,
                            input.publisher(),
                            input.title(),
                            url(input.url()),
                            input.language(),
                            PartialDateInput.parse(input.published(), "published"),
                            input.retrievedOn()))
                    .value(),
            this::load));
  }

  @MutationMapping
  SourcePayload updateSource(@Argument UpdateSourceInput input, DataFetchingEnvironment env) {
    return SourcePayload.of(
        writes.run(
            env,
            () -> {
              Source source = current(input.id());
              sources.replace(
                  new Source(
                      source.id(),
                      input.publisher() == null ? source.publisher() : input.publisher(),
                      input.title() == null ? source.title() : input.title(),
                      Patch.of(input.url(), SourceMutations::url, source.url()),
                      Patch.of(input.language(), source.language()),
                      input.published() == null
                          ? source.published()
                          : PartialDateInput.parse(input.published(), "published"),
                      Patch.of(input.retrievedOn(), source.retrievedOn())),
                  input.version());
              return source.id().value();
            },
            this::load));
  }

  @MutationMapping
  SourcePayload retireSource(@Argument RetireInput input, DataFetchingEnvironment env) {
    return SourcePayload.of(
        writes.run(
            env,
            () -> {
              SourceId id = current(input.id()).id();
              sources.retire(id, input.version());
              return id.value();
            },
            this::load));
  }

  private Source current(String id) {
    return Writes.current(
        sources::byIds, new SourceId(GlobalId.keyOf(id, SourceController.TYPE, "id")), "source");
  }

  private static URI url(String url) {
    if (url == null) {
      return null;
    }
    try {
      return new URI(url);
    } catch (URISyntaxException invalid) {
      throw new RuleViolation("INVALID_INPUT", "not a URL: '" + url + "'").at("url");
    }
  }

  private Source load(long key) {
    return Writes.one(sources::byIds, new SourceId(key));
  }
}
