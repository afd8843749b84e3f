package org.entente.domain.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** The topic hierarchy. */
public interface Topics {

  Map<TopicId, Topic> byIds(Collection<TopicId> ids);

  Optional<Topic> byCode(String code);

  Map<TopicId, List<Topic>> childrenOf(Collection<TopicId> parents);

  Page<Topic> page(PageRequest request);

  int count();

  /** Records a new topic under a parent on record; its code is its own. */
  TopicId add(Topic topic);

  /**
   * Replaces what is recorded of the topic, if it is still at {@code version}; refused with
   * TOPIC_CYCLE when it would sit under itself.
   */
  void replace(Topic topic, long version);

  /** Takes the topic out of lists and search; it stays readable by ID and code. */
  void retire(TopicId id, long version);
}
