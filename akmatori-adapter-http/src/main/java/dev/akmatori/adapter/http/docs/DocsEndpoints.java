package dev.akmatori.adapter.http.docs;

import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.domain.shared.NotFoundException;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's documentation (contract §3.11): the hand-written OpenAPI document from the class path
 * at {@code /api/openapi.yaml}, and Swagger UI at {@code /api/docs} with its assets served from the
 * webjar under {@code /api/docs/} — no CDN.
 */
public final class DocsEndpoints {
  private static final String OWN = "dev/akmatori/adapter/http/docs/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final Logger LOG = LoggerFactory.getLogger(DocsEndpoints.class);
  private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "html", "text/html; charset=utf-8",
          "png", "image/png",
          "txt", "text/plain; charset=utf-8",
          "map", "application/json; charset=utf-8");

  private final Optional<byte[]> openApi = ClasspathFiles.read("openapi.yaml");
  private final byte[] page = ClasspathFiles.require(OWN + "index.html");
  private final byte[] initializer = ClasspathFiles.require(OWN + "swagger-initializer.js");
  private final Optional<String> webjar = webjarDirectory();
  private final Map<String, byte[]> assets = new ConcurrentHashMap<>();

  public void register(Routes routes) {
    routes
        .get("/api/openapi.yaml", this::openApi)
        .get("/api/docs", this::page)
        .get("/api/docs/{asset}", this::asset);
  }

  /** 404 until the build has found {@code docs/openapi.yaml} to package. */
  void openApi(Context ctx) {
    byte[] yaml = openApi.orElseThrow(() -> new NotFoundException("Not found"));
    ctx.contentType("application/yaml").result(yaml);
  }

  void page(Context ctx) {
    ctx.contentType(TYPES.get("html")).result(page);
  }

  void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    byte[] bytes = name.equals("swagger-initializer.js") ? initializer : webjarFile(name);
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(TYPES.getOrDefault(extension(name), "application/octet-stream")).result(bytes);
  }

  /** A file of the webjar's directory (cached: they never change while running), else 404. */
  private byte[] webjarFile(String name) {
    if (!ASSET.matcher(name).matches() || webjar.isEmpty()) {
      throw new NotFoundException("Not found");
    }
    byte[] cached = assets.get(name);
    if (cached != null) {
      return cached;
    }
    // Only files that exist are cached, so unknown names cannot grow the map.
    byte[] bytes =
        ClasspathFiles.read(webjar.get() + name)
            .orElseThrow(() -> new NotFoundException("Not found"));
    assets.put(name, bytes);
    return bytes;
  }

  /**
   * Where the webjar keeps its files: the version recorded at build time, else the webjar's own
   * Maven metadata. Without either the documentation is missing, which is no reason to refuse to
   * start the API.
   */
  private static Optional<String> webjarDirectory() {
    Optional<String> version =
        ClasspathFiles.version(OWN + "swagger-ui.properties")
            .or(() -> ClasspathFiles.version(WEBJAR_POM));
    if (version.isEmpty()) {
      LOG.warn("Swagger UI assets not found on the class path; /api/docs will not render");
    }
    return version.map(v -> "META-INF/resources/webjars/swagger-ui/" + v + "/");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
