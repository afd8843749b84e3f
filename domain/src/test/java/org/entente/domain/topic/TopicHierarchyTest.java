package org.entente.domain.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class TopicHierarchyTest {

  private static final Topic CONNECTIVITY =
      new Topic(new TopicId(1), "connectivity", "Connectivity", null, List.of());
  private static final Topic INFRASTRUCTURE =
      new Topic(new TopicId(2), "infrastructure", "Infrastructure", CONNECTIVITY.id(), List.of());
  private static final Topic MIDDLE_CORRIDOR =
      new Topic(
          new TopicId(3), "middle-corridor", "Middle Corridor", INFRASTRUCTURE.id(), List.of());

  @Test
  void checkNoCycle_refusesConnectivityUnderTheMiddleCorridor_whichSitsUnderIt() {
    Topic moved =
        new Topic(
            CONNECTIVITY.id(), "connectivity", "Connectivity", MIDDLE_CORRIDOR.id(), List.of());

    assertThatThrownBy(
            () ->
                TopicHierarchy.checkNoCycle(
                    moved, List.of(MIDDLE_CORRIDOR, INFRASTRUCTURE, CONNECTIVITY)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("TOPIC_CYCLE");
              assertThat(violation.path()).containsExactly("parent");
            })
        .hasMessageContaining("'Middle Corridor', which sits under it");
  }

  @Test
  void checkNoCycle_acceptsATopicMovedUnderAnotherBranch() {
    Topic energy = new Topic(new TopicId(4), "energy", "Energy", CONNECTIVITY.id(), List.of());

    assertThatCode(() -> TopicHierarchy.checkNoCycle(energy, List.of(CONNECTIVITY)))
        .doesNotThrowAnyException();
  }

  @Test
  void aTopicIsNeverItsOwnParent() {
    assertThatThrownBy(
            () -> new Topic(new TopicId(5), "energy", "Energy", new TopicId(5), List.of()))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("TOPIC_CYCLE"));
  }
}
