package org.entente.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, checked on the compiled classes of every module. */
class ArchitectureTest {

  private static final JavaClasses ENTENTE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.entente");

  @Test
  void theDomain_dependsOnTheJdkAlone() {
    classes()
        .that()
        .resideInAPackage("org.entente.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.entente.domain..")
        .check(ENTENTE);
  }

  @Test
  void theApi_neverTouchesSqlOrGeneratedTables() {
    noClasses()
        .that()
        .resideInAPackage("org.entente.api.graphql..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "org.entente.persistence..", "java.sql..")
        .check(ENTENTE);
  }

  @Test
  void persistence_implementsTheDomainsPorts_withoutKnowingTheApi() {
    noClasses()
        .that()
        .resideInAPackage("org.entente.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.entente.api..", "org.springframework..")
        .check(ENTENTE);
  }
}
