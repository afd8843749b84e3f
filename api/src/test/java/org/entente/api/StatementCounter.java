package org.entente.api;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application runs; every query of Entente goes through jOOQ. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements ExecuteListener {

  private final AtomicInteger count = new AtomicInteger();

  @Bean
  ExecuteListenerProvider countingListener() {
    return new DefaultExecuteListenerProvider(this);
  }

  @Override
  public void executeStart(ExecuteContext context) {
    count.incrementAndGet();
  }

  public void reset() {
    count.set(0);
  }

  public int count() {
    return count.get();
  }
}
