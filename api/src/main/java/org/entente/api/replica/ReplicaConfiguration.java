package org.entente.api.replica;

import io.micrometer.context.ContextRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With a replica configured: queries marked for it, the mark carried to every data fetcher and
 * batch loader, and the replica's health. The routing data source itself is made with the pools, in
 * {@code DatabaseConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfigured.class)
class ReplicaConfiguration {

  @Bean
  QueriesReadFromReplica queriesReadFromReplica() {
    // The registry is global; registering the same key again (a second server in one JVM) replaces
    // it.
    ContextRegistry.getInstance().registerThreadLocalAccessor(new ReplicaReads.Accessor());
    return new QueriesReadFromReplica();
  }

  @Bean("replica")
  ReplicaHealthIndicator replicaHealth(DataSource dataSource) throws SQLException {
    return new ReplicaHealthIndicator(dataSource.unwrap(ReplicaRoutingDataSource.class));
  }
}
