package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.RuleViolation;
import org.entente.domain.source.Citation;
import org.entente.domain.source.CitationId;
import org.entente.domain.source.Citations;
import org.entente.domain.source.CitedRecord;
import org.entente.domain.source.SourceId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Citing a source for a fact, or taking a citation back, one at a time: each is a change of the
 * cited record, checked against its version.
 */
@Controller
class CitationMutations {

  static final String TYPE = "Citation";

  record AttachCitationInput(String subject, long version, String source, String passage) {}

  record DetachCitationInput(String id, long version) {}

  /** A citation as written, and the record it supports (supported, after a detach). */
  record Cited(Citation citation, CitedRecord subject) {}

  record CitationPayload(Citation citation, CitedRecord cited, List<UserError> userErrors) {
    static CitationPayload of(Written<Cited> written) {
      Cited cited = written.record();
      return cited == null
          ? new CitationPayload(null, null, written.userErrors())
          : new CitationPayload(cited.citation(), cited.subject(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Citations citations;

  CitationMutations(Writes writes, Citations citations) {
    this.writes = writes;
    this.citations = citations;
  }

  @SchemaMapping(typeName = TYPE)
  String id(Citation citation) {
    return GlobalId.of(TYPE, citation.id().value());
  }

  @SchemaMapping(typeName = "CitationPayload")
  CompletableFuture<Object> subject(CitationPayload payload, DataFetchingEnvironment env) {
    return payload.cited() == null
        ? CompletableFuture.completedFuture(null)
        : NodeController.load(
            new GlobalId(payload.cited().kind().typeName(), payload.cited().key()), env);
  }

  @MutationMapping
  CitationPayload attachCitation(@Argument AttachCitationInput input, DataFetchingEnvironment env) {
    return CitationPayload.of(
        writes.run(
            env,
            () ->
                citations
                    .attach(subject(input.subject()), input.version(), citation(input))
                    .value(),
            this::attached));
  }

  @MutationMapping
  CitationPayload detachCitation(@Argument DetachCitationInput input, DataFetchingEnvironment env) {
    return CitationPayload.of(
        writes.run(
            env,
            () ->
                packed(
                    citations.detach(
                        new CitationId(GlobalId.keyOf(input.id(), TYPE, "id")), input.version())),
            key -> new Cited(null, unpacked(key))));
  }

  private static Citation citation(AttachCitationInput input) {
    SourceId source = new SourceId(GlobalId.keyOf(input.source(), SourceController.TYPE, "source"));
    try {
      return new Citation(null, source, input.passage());
    } catch (IllegalArgumentException blankPassage) {
      throw new RuleViolation("INVALID_INPUT", blankPassage.getMessage()).at("passage");
    }
  }

  private Cited attached(long key) {
    CitationId id = new CitationId(key);
    return new Cited(citations.byIds(List.of(id)).get(id), citations.subjects(List.of(id)).get(id));
  }

  /** The record an ID names, if it is one that cites sources. */
  private static CitedRecord subject(String id) {
    GlobalId parsed;
    try {
      parsed = GlobalId.parse(id);
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("INVALID_ID", invalid.getMessage()).at("subject");
    }
    return Arrays.stream(CitedRecord.Kind.values())
        .filter(kind -> kind.typeName().equals(parsed.type()))
        .findFirst()
        .map(kind -> new CitedRecord(kind, parsed.key()))
        .orElseThrow(
            () ->
                new RuleViolation(
                        "INVALID_ID",
                        "'"
                            + id
                            + "' is the ID of a "
                            + parsed.type()
                            + ", which cites no sources; a "
                            + Arrays.stream(CitedRecord.Kind.values())
                                .map(CitedRecord.Kind::typeName)
                                .toList()
                            + " does")
                    .at("subject"));
  }

  /*
   * A detach answers the record the citation supported, which is all that is left of it; the edit
   * keeps one number for a retry to answer, so the record's kind rides in its lowest digits. New
   * kinds go at the end of CitedRecord.Kind, so that a stored number keeps its meaning.
   */
  private static long packed(CitedRecord subject) {
    return subject.key() * CitedRecord.Kind.values().length + subject.kind().ordinal();
  }

  private static CitedRecord unpacked(long packed) {
    int kinds = CitedRecord.Kind.values().length;
    return new CitedRecord(CitedRecord.Kind.values()[(int) (packed % kinds)], packed / kinds);
  }
}
