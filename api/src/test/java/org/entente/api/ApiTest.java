package org.entente.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application, served on a random port against a PostgreSQL database of the
 * test run's own (see {@link TestDatabaseProperties}). Every such test shares one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({
  TestDatabaseProperties.class,
  StatementCounter.class,
  Api.class,
  DatabaseState.class,
  Failures.class
})
public @interface ApiTest {}
