package dev.akmatori.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's fences, checked on the production classes of every module. */
class ArchitectureTest {
  private static final String HTTP = "dev.akmatori.adapter.http..";
  private static final String PERSISTENCE = "dev.akmatori.adapter.persistence..";
  private static final String LLM = "dev.akmatori.adapter.llm..";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test fixtures shared as test-jars (e.g. the application's fakes) are tests too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.akmatori");
  }

  @Test
  void everyModuleIsImported() {
    for (String pkg :
        new String[] {
          "dev.akmatori.domain", "dev.akmatori.application", "dev.akmatori.adapter.http",
          "dev.akmatori.adapter.persistence", "dev.akmatori.adapter.llm", "dev.akmatori.app"
        }) {
      boolean present = classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg));
      org.assertj.core.api.Assertions.assertThat(present).as(pkg).isTrue();
    }
  }

  @Test
  void hexagon_domainInside_applicationAround_adaptersOutside() {
    ArchRule rule =
        onionArchitecture()
            .domainModels("dev.akmatori.domain..")
            .applicationServices("dev.akmatori.application..")
            .adapter("http", HTTP)
            .adapter("persistence", PERSISTENCE)
            .adapter("llm", LLM)
            .withOptionalLayers(true)
            // The launcher is the composition root: it alone may reach into every adapter.
            .ignoreDependency(
                JavaClass.Predicates.resideInAPackage("dev.akmatori.app.."), DescribedPredicate.alwaysTrue());
    rule.check(classes);
  }

  @Test
  void domain_dependsOnTheJdkOnly() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that()
        .resideInAPackage("dev.akmatori.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.akmatori.domain..")
        .check(classes);
  }

  @Test
  void application_dependsOnTheDomainJdkAndSlf4jOnly() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that()
        .resideInAPackage("dev.akmatori.application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "dev.akmatori.domain..", "dev.akmatori.application..", "org.slf4j..")
        .check(classes);
  }

  @Test
  void eachLibrary_staysInItsAdapter() {
    confined(new String[] {HTTP}, "io.javalin..", "com.auth0..", "org.eclipse.jetty..");
    // Metrics are served by the HTTP adapter; the core observes through its own ports (contract §3.11).
    confined(new String[] {HTTP}, "io.micrometer..", "io.prometheus..");
    confined(new String[] {PERSISTENCE}, "org.jdbi..", "org.flywaydb..", "com.zaxxer.hikari..", "org.h2..");
    // The PostgreSQL driver serves two roles: Akmatori's own database (persistence) and the users'
    // databases the agent inspects with the postgresql tool (llm, contract §6.4).
    confined(new String[] {PERSISTENCE, LLM}, "org.postgresql..");
    confined(new String[] {LLM}, "okhttp3..", "okio..", "io.modelcontextprotocol..", "reactor..", "com.jcraft..");
    // PDF parsing reads untrusted documents for the agent (read_context_file); one adapter owns it.
    confined(new String[] {LLM}, "org.apache.pdfbox..", "org.apache.fontbox..");
    // JSON is text at the edges: the HTTP API and the LLM/MCP clients each speak it; the core never does.
    confined(new String[] {HTTP, LLM}, "com.fasterxml.jackson..");
  }

  private static void confined(String[] adapters, String... libraries) {
    noClasses()
        .that()
        .resideOutsideOfPackages(adapters)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(libraries)
        .because("each library is confined to its adapter")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void adapters_neverSeeEachOther() {
    slices()
        .matching("dev.akmatori.adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("dev.akmatori.(*).(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void generalCodingRules() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME.check(classes);
  }
}
