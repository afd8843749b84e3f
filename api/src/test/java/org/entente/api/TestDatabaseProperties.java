package org.entente.api;

import org.entente.persistence.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the application at the test run's own database, which it then migrates and fills. */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseProperties {

  @Bean
  DynamicPropertyRegistrar testDatabase() {
    TestDatabase database = TestDatabase.shared();
    return registry -> {
      registry.add("spring.datasource.url", database::url);
      registry.add("spring.datasource.username", database::user);
      registry.add("spring.datasource.password", database::password);
    };
  }
}
