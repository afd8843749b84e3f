package org.entente.domain.topic;

/** Identity of a topic. */
public record TopicId(long value) {

  public TopicId {
    if (value <= 0) {
      throw new IllegalArgumentException("TopicId must be positive, not " + value);
    }
  }
}
