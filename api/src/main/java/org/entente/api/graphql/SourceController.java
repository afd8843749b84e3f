package org.entente.api.graphql;

import graphql.schema.idl.RuntimeWiring;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.source.Sources;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Sources, and the citations that point at them from every fact. */
@Controller
class SourceController implements RuntimeWiringConfigurer {

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
        Pages.scope("sources"),
        first,
        after,
        last,
        before,
        sources::page,
        source -> source.id().value(),
        sources::count);
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            TYPE,
            type ->
                type.dataFetcher(
                    "id", PlainFields.globalId(Source.class, TYPE, source -> source.id().value())))
        .type(
            "Citation",
            type ->
                type.dataFetcher(
                    "source", PlainFields.load(Citation.class, Citation::sourceId, Source.class)));
  }
}
