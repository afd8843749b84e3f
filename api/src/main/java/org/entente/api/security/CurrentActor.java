package org.entente.api.security;

import org.springframework.stereotype.Component;

/** Who is asking: the name the audit trail records for a write. */
@Component
public class CurrentActor {

  public static final String ANONYMOUS = "anonymous";

  public String name() {
    return ANONYMOUS;
  }
}
