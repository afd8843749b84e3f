package org.entente.api.graphql;

import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.source.Sources;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Sources, and the citations that point at them from every fact. */
@Controller
class SourceController {

  static final String TYPE = "Source";

  private final Pages pages;
  private final Sources sources;

  SourceController(Pages pages, Sources sources) {
    this.pages = pages;
    this.sources = sources;
  }

  @QueryMapping
  CompletableFuture<Source> source(@Argument String id, DataLoader<SourceId, Source> loader) {
    return loader.load(new SourceId(GlobalId.keyOf(id, TYPE)));
  }

  @QueryMapping(name = "sources")
  Connection<Source> sourcePage(
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before) {
    return pages.byId(
        "sources",
        first,
        after,
        last,
        before,
        sources::page,
        source -> source.id().value(),
        sources::count);
  }

  @SchemaMapping(typeName = TYPE)
  String id(Source source) {
    return GlobalId.of(TYPE, source.id().value());
  }

  @SchemaMapping(typeName = "Citation")
  CompletableFuture<Source> source(Citation citation, DataLoader<SourceId, Source> loader) {
    return loader.load(citation.sourceId());
  }
}
