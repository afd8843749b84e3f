package org.entente.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.entente.api.graphql.Writes.Written;
import org.entente.domain.topic.Topic;
import org.entente.domain.topic.TopicId;
import org.entente.domain.topic.Topics;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording, correcting, moving and retiring topics. */
@Controller
class TopicMutations {

  record CreateTopicInput(String code, String name, String parent, List<String> aliases) {}

  /** Fields left out stay as they are; a parent given as null makes the topic a root. */
  record UpdateTopicInput(
      String id,
      long version,
      String code,
      String name,
      ArgumentValue<String> parent,
      List<String> aliases) {}

  record TopicPayload(Topic topic, List<UserError> userErrors) {
    static TopicPayload of(Written<Topic> written) {
      return new TopicPayload(written.record(), written.userErrors());
    }
  }

  private final Writes writes;
  private final Topics topics;

  TopicMutations(Writes writes, Topics topics) {
    this.writes = writes;
    this.topics = topics;
  }

  @MutationMapping
  TopicPayload createTopic(@Argument CreateTopicInput input, DataFetchingEnvironment env) {
    return TopicPayload.of(
        writes.run(
            env,
            () ->
                topics
                    .add(
                        new Topic(
                            null,
                            input.code(),
                            input.name(),
                            parent(input.parent()),
                            input.aliases() == null ? List.of() : input.aliases()))
                    .value(),
            this::load));
  }

  @MutationMapping
  TopicPayload updateTopic(@Argument UpdateTopicInput input, DataFetchingEnvironment env) {
    return TopicPayload.of(
        writes.run(
            env,
            () -> {
              Topic topic = current(input.id());
              topics.replace(
                  new Topic(
                      topic.id(),
                      input.code() == null ? topic.code() : input.code(),
                      input.name() == null ? topic.name() : input.name(),
                      Patch.of(input.parent(), TopicMutations::parent, topic.parentId()),
                      input.aliases() == null ? topic.aliases() : input.aliases()),
                  input.version());
              return topic.id().value();
            },
            this::load));
  }

  @MutationMapping
  TopicPayload retireTopic(@Argument RetireInput input, DataFetchingEnvironment env) {
    return TopicPayload.of(
        writes.run(
            env,
            () -> {
              TopicId id = current(input.id()).id();
              topics.retire(id, input.version());
              return id.value();
            },
            this::load));
  }

  private Topic current(String id) {
    return Writes.current(
        topics::byIds, new TopicId(GlobalId.keyOf(id, TopicController.TYPE, "id")), "topic");
  }

  private static TopicId parent(String id) {
    return id == null ? null : new TopicId(GlobalId.keyOf(id, TopicController.TYPE, "parent"));
  }

  private Topic load(long key) {
    return Writes.one(topics::byIds, new TopicId(key));
  }
}
