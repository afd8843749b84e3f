package org.entente.api.graphql.documents;

import java.io.IOException;
import org.entente.api.graphql.limits.Limits;
import org.entente.api.graphql.limits.QueryCost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

  /** Every registered document, checked against the schema the server runs before it serves. */
  @Bean
  TrustedDocuments trustedDocuments(
      GraphQlSource source,
      QueryCost cost,
      Limits limits,
      @Value("${entente.trusted-documents.location}") String location)
      throws IOException {
    return new DocumentFiles(source.schema(), limits.parser().options(), cost, limits.maxCost())
        .load(new PathMatchingResourcePatternResolver().getResources(location + "*/*.graphql"));
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 20)
  @ConditionalOnBooleanProperty("entente.trusted-documents.only")
  TrustedDocumentsOnly trustedDocumentsOnly(TrustedDocuments documents) {
    return new TrustedDocumentsOnly(documents);
  }
}
