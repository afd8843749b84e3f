package org.entente.api.graphql;

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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The topic hierarchy. */
@Controller
class TopicController {

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
        "topics",
        first,
        after,
        last,
        before,
        topics::page,
        topic -> topic.id().value(),
        topics::count);
  }

  @SchemaMapping(typeName = TYPE)
  String id(Topic topic) {
    return GlobalId.of(TYPE, topic.id().value());
  }

  @SchemaMapping(typeName = TYPE)
  CompletableFuture<Topic> parent(Topic topic, DataLoader<TopicId, Topic> loader) {
    return topic.parentId() == null
        ? CompletableFuture.completedFuture(null)
        : loader.load(topic.parentId());
  }

  @BatchMapping(typeName = TYPE)
  Map<Topic, List<Topic>> children(List<Topic> of) {
    return ByParent.group(of, Topic::id, topics.childrenOf(of.stream().map(Topic::id).toList()));
  }
}
