package dev.akmatori.adapter.llm.tool.victoriametrics;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.QueryValues;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@code api_request}: {@code {vm_url}/<path>} with {@code params} as URL parameters (GET) or as a
 * form body (POST). The path stays under {@code vm_url}: dot segments (which would climb out of a
 * cluster tenant's root) and a query string in the path are refused. The gateway refuses this W
 * operation unless the instance has {@code allow_write_operations}; should that guard ever be
 * bypassed, this one still allows only GETs of paths that name no changing endpoint (delete, admin,
 * import, write, snapshot, reset, force merge or flush).
 */
final class VmApiRequest {
  private static final Pattern CHANGING =
      Pattern.compile("(?i).*(delete|admin|import|write|snapshot|reset|force_?merge|force_?flush).*");

  private final IntegrationClient client;
  private final boolean writesAllowed;

  VmApiRequest(IntegrationClient client, boolean writesAllowed) {
    this.client = client;
    this.writesAllowed = writesAllowed;
  }

  Object send(Arguments args, Cancellation cancellation) {
    String method = args.optionalText("method").orElse("GET").toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("POST")) {
      throw Arguments.invalid("method", "must be GET or POST");
    }
    String path = path(args.text("path"));
    if (!writesAllowed && (method.equals("POST") || CHANGING.matcher(path).matches())) {
      throw new ToolCallException(method + " /" + path
          + " may change VictoriaMetrics and needs allow_write_operations");
    }
    Map<String, Object> params = args.object("params").orElse(Map.of());
    HttpUrl.Builder url = client.url().addPathSegments(path);
    Request.Builder request = new Request.Builder();
    if (method.equals("GET")) {
      request.url(QueryValues.addTo(url, params).build()).get();
    } else {
      request.url(url.build()).post(QueryValues.form(params));
    }
    return client.jsonOrText(request.build(), cancellation);
  }

  /** The path relative to {@code vm_url}, without a leading slash. */
  static String path(String path) {
    if (path.contains("?") || path.contains("#")) {
      throw Arguments.invalid("path", "must not carry a query string; pass parameters in params");
    }
    if (path.contains("://")) {
      throw Arguments.invalid("path", "must be a path under vm_url, not a URL");
    }
    String relative = path.replaceFirst("^/+", "");
    for (String segment : relative.split("/", -1)) {
      String decoded = segment.replace("%2e", ".").replace("%2E", ".");
      if (decoded.equals(".") || decoded.equals("..")) {
        throw Arguments.invalid("path", "must not contain '.' or '..' segments");
      }
    }
    if (relative.isEmpty()) {
      throw Arguments.invalid("path", "is required");
    }
    return relative;
  }
}
