package org.entente.domain.topic;

import java.util.List;
import org.entente.domain.RuleViolation;

/** The rule that keeps topics a tree: no topic sits, however deep, under itself. */
public final class TopicHierarchy {

  /** The code of a topic placed under itself or under one of its own sub-topics. */
  public static final String CYCLE = "TOPIC_CYCLE";

  private TopicHierarchy() {}

  /**
   * Refuses placing {@code topic} under the first of {@code parentChain}, which lists the new
   * parent and then its ancestors up to the root, when the topic is among them.
   */
  public static void checkNoCycle(Topic topic, List<Topic> parentChain) {
    if (topic.id() == null) {
      return;
    }
    for (Topic ancestor : parentChain) {
      if (ancestor.id().equals(topic.id())) {
        throw new RuleViolation(
                CYCLE,
                "'"
                    + topic.name()
                    + "' cannot sit under '"
                    + parentChain.get(0).name()
                    + "', which sits under it")
            .at("parent");
      }
    }
  }
}
