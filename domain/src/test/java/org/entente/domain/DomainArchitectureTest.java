package org.entente.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: it speaks only of itself and of {@code java.*}. */
class DomainArchitectureTest {

  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.entente.domain");

  @Test
  void theImport_findsTheDomainClassesButNotTheTests() {
    assertThat(DOMAIN.contain(PartialDate.class)).isTrue();
    assertThat(DOMAIN.containPackage("org.entente.domain.agreement")).isTrue();
    assertThat(DOMAIN.contain(DomainArchitectureTest.class)).isFalse();
  }

  @Test
  void domainClasses_dependOnlyOnJavaAndTheDomain() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.entente.domain..")
        .check(DOMAIN);
  }

  @Test
  void domainClassNames_sayWhatTheyAreNotHowTheyAreBuilt() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Entity")
        .orShould()
        .haveSimpleNameEndingWith("Impl")
        .orShould()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("VO")
        .orShould()
        .haveSimpleNameEndingWith("Dto")
        .check(DOMAIN);
  }
}
