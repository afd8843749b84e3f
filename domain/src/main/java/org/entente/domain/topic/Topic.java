package org.entente.domain.topic;

import java.util.List;
import java.util.regex.Pattern;
import org.entente.domain.RuleViolation;
import org.entente.domain.Text;

/** A subject of talks, such as the Middle Corridor, under a broader one such as infrastructure. */
public record Topic(TopicId id, String code, String name, TopicId parentId, List<String> aliases) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Topic {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a topic code is lower-case words joined by '-': " + code);
    }
    name = Text.required(name, "topic name");
    if (id != null && id.equals(parentId)) {
      throw new RuleViolation(TopicHierarchy.CYCLE, "'" + name + "' cannot sit under itself")
          .at("parent");
    }
    aliases = aliases.stream().map(alias -> Text.required(alias, "alias")).distinct().toList();
  }
}
