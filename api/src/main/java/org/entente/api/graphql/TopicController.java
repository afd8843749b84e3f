package org.entente.api.graphql;

import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** The topic hierarchy. */
@Controller
class TopicController implements RuntimeWiringConfigurer {

  static final String TYPE = "Topic";

  private final Pages pages;
  private final Topics topics;

  TopicController(Pages pages, Topics topics) {
    this.pages = pages;
    this.topics = topics;
  }

  @QueryMapping
  CompletableFuture<Topic> topic(
      @Argument String id, @Argument String code, DataLoader<TopicId, Topic> loader) {
    if ((id == null) == (code == null)) {
      throw new IllegalArgumentException("give either id or code");
    }
    return id != null
        ? loader.load(new TopicId(GlobalId.keyOf(id, TYPE)))
        : CompletableFuture.completedFuture(topics.byCode(code).orElse(null));
  }

  @QueryMapping(name = "topics")
  Connection<Topic> topicPage(
      @Argument Integer first,
      @Argument String after,
      @Argument Integer last,
      @Argument String before) {
    return pages.byId(
        Pages.scope("topics"),
        first,
        after,
        last,
        before,
        topics::page,
        topic -> topic.id().value(),
        topics::count);
  }

  @BatchMapping(typeName = TYPE)
  Map<Topic, List<Topic>> children(List<Topic> of) {
    return ByParent.group(of, Topic::id, topics.childrenOf(of.stream().map(Topic::id).toList()));
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring.type(
        TYPE,
        type ->
            type.dataFetcher(
                    "id", PlainFields.globalId(Topic.class, TYPE, topic -> topic.id().value()))
                .dataFetcher(
                    "parent", PlainFields.load(Topic.class, Topic::parentId, Topic.class)));
  }
}
