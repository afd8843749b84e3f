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
}
