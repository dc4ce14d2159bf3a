package dev.akmatori.adapter.http.docs;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Swagger UI at {@code /api/docs} and the OpenAPI document (contract §3.11). */
class DocsEndpointsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply anonymousGet(String path) {
    return api.send(api.anonymous(path));
  }

  @Test
  void docsPage_isPublicHtmlLoadingLocalAssetsOnly() {
    Reply r = anonymousGet("/api/docs");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.body())
        .contains("/api/docs/swagger-ui-bundle.js")
        .contains("/api/docs/swagger-ui.css")
        .contains("/api/docs/swagger-initializer.js")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void initializer_loadsOurOpenApiDocument() {
    Reply r = anonymousGet("/api/docs/swagger-initializer.js");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/javascript");
    assertThat(r.body()).contains("url: \"/api/openapi.yaml\"").doesNotContain("petstore.swagger.io");
  }

  @Test
  void webjarAssets_areServedFromTheJar() {
    Reply css = anonymousGet("/api/docs/swagger-ui.css");
    Reply bundle = anonymousGet("/api/docs/swagger-ui-bundle.js");

    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("Content-Type")).startsWith("text/css");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
  }

  @Test
  void unknownAsset_isNotFound() {
    assertError(anonymousGet("/api/docs/nope.js"), 404, "not_found", "Not found");
    assertError(anonymousGet("/api/docs/.hidden"), 404, "not_found", "Not found");
    assertError(anonymousGet("/api/docs/a/b.js"), 404, "not_found", "Not found");
  }

  @Test
  void openApiDocument_isPublicYamlWhenPackaged() {
    Reply r = anonymousGet("/api/openapi.yaml");

    boolean packaged = getClass().getClassLoader().getResource("openapi.yaml") != null;
    if (packaged) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/yaml");
      assertThat(r.body()).contains("openapi:");
    } else {
      assertError(r, 404, "not_found");
    }
  }
}
