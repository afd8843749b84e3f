package org.entente.api.replica;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether a replica is configured: {@code entente.replica.url} is set and not blank. */
public final class ReplicaConfigured implements Condition {

  public static final String URL = "entente.replica.url";

  public static boolean in(Environment environment) {
    return !environment.getProperty(URL, "").isBlank();
  }

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return in(context.getEnvironment());
  }
}
