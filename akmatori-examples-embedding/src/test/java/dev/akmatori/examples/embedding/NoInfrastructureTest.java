package dev.akmatori.examples.embedding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The example embeds the core alone: its classes use no adapter, no network, no database, and the
 * adapters are not even on its classpath (the enforcer rule in the pom keeps its dependencies to
 * the domain and application modules).
 */
class NoInfrastructureTest {
  private static final JavaClasses EXAMPLE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.akmatori.examples.embedding");

  @Test
  void theExampleUsesNoAdapter() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.akmatori.adapter..")
        .check(EXAMPLE);
  }

  @Test
  void theExampleUsesNoSocketNoHttpAndNoDatabase() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.net..", "javax.net..", "java.net.http..", "java.nio.channels..", "java.sql..", "javax.sql..",
            "okhttp3..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..", "org.h2..", "org.postgresql..",
            "io.modelcontextprotocol..")
        .check(EXAMPLE);
  }

  @Test
  void theAdaptersAreNotOnTheClasspath() {
    ClassLoader loader = NoInfrastructureTest.class.getClassLoader();
    for (String adapterClass : new String[] {
        "dev.akmatori.adapter.llm.mcp.PooledMcpToolSource",
        "dev.akmatori.adapter.http.HttpApi",
        "dev.akmatori.app.Application",
        "okhttp3.OkHttpClient",
        "io.javalin.Javalin"}) {
      assertThatThrownBy(() -> Class.forName(adapterClass, false, loader))
          .as(adapterClass).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
