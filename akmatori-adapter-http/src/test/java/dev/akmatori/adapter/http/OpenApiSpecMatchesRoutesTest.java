package dev.akmatori.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.akmatori.adapter.http.routing.Route;
import dev.akmatori.adapter.http.routing.RouteTable;
import dev.akmatori.adapter.http.testing.TestApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code docs/openapi.yaml} and the routes the server registers are the same set
 * of {@code METHOD /path} pairs (contract §3.11). Only {@code /api/**} routes count, compared without
 * the {@code /api} server prefix; the Swagger UI asset route {@code /api/docs/{asset}} is not an API
 * operation. Parameter names are not compared, only their positions.
 */
class OpenApiSpecMatchesRoutesTest {
  private static final Path SPEC = Path.of("..", "docs", "openapi.yaml");

  @Test
  void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
    assumeTrue(Files.exists(SPEC), "docs/openapi.yaml is not written yet");
    Set<String> served = servedOperations();
    Set<String> documented = documentedOperations();

    assertThat(served).as("served routes").isNotEmpty();
    assertThat(difference(served, documented)).as("served but missing from docs/openapi.yaml").isEmpty();
    assertThat(difference(documented, served)).as("in docs/openapi.yaml but not served").isEmpty();
  }

  private static Set<String> servedOperations() {
    RouteTable table = new RouteTable();
    try (TestApi fixture = TestApi.with().factory(deps -> HttpApi.create(deps, table)).start()) {
      assertThat(fixture.get("/api/health").status()).as("the recorded app serves").isEqualTo(200);
      Set<String> operations = new TreeSet<>();
      for (Route route : table.routes()) {
        String template = route.template();
        if (template.startsWith("/api/") && !template.startsWith("/api/docs/")) {
          operations.add(route.method() + " " + normalize(template.substring("/api".length())));
        }
      }
      return operations;
    }
  }

  private static Set<String> documentedOperations() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(SPEC.toAbsolutePath().toUri().toString(), null, options);
    OpenAPI api = result.getOpenAPI();
    assertThat(api).as("docs/openapi.yaml parses: " + result.getMessages()).isNotNull();
    assertThat(api.getPaths()).as("docs/openapi.yaml has paths").isNotNull();
    Set<String> operations = new TreeSet<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> operations.add(name(method) + " " + normalize(path))));
    return operations;
  }

  private static String name(PathItem.HttpMethod method) {
    return method.name().toUpperCase(Locale.ROOT);
  }

  /** {@code /runbooks/{id}} and {@code /runbooks/{runbookId}} are the same route. */
  private static String normalize(String template) {
    return template.replaceAll("\\{[^}/]*}", "{}");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
