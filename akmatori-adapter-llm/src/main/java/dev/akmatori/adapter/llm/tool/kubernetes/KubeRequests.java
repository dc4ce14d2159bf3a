package dev.akmatori.adapter.llm.tool.kubernetes;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.QueryValues;
import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The GETs of one call: paths built from checked names (never a slash or dot segment, so an
 * argument cannot climb to another resource), {@code labelSelector}, {@code fieldSelector} (a
 * {@code name} argument becomes {@code metadata.name=<name>}) and {@code limit} parameters.
 */
final class KubeRequests {
  /** Logs are cut by the API server before the 10 MiB reply cap would fail the call. */
  static final long LOG_LIMIT_BYTES = 10L * 1024 * 1024;
  static final long DEFAULT_TAIL_LINES = 100;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._:-]{0,252})");

  private final IntegrationClient client;
  private final Arguments args;
  private final Cancellation cancellation;

  KubeRequests(IntegrationClient client, Arguments args, Cancellation cancellation) {
    this.client = client;
    this.args = args;
    this.cancellation = cancellation;
  }

  Arguments args() {
    return args;
  }

  HttpUrl.Builder url(String... segments) {
    return client.url(segments);
  }

  /** {@code /<group>/namespaces/<namespace>/<resource>}. */
  HttpUrl.Builder namespaced(String group, String resource) {
    return client.url().addPathSegments(group).addPathSegment("namespaces")
        .addPathSegment(name(args, "namespace")).addPathSegment(resource);
  }

  /** {@code /<group>/namespaces/<namespace>/<resource>/<name>}. */
  HttpUrl.Builder named(String group, String resource) {
    return namespaced(group, resource).addPathSegment(name(args, "name"));
  }

  Map<String, Object> list(HttpUrl.Builder url, boolean takesFieldSelector, Function<Object, Object> view) {
    args.optionalText("label_selector").ifPresent(v -> url.addQueryParameter("labelSelector", v));
    List<String> fields = new ArrayList<>();
    args.optionalText("name").ifPresent(v -> fields.add("metadata.name=" + v));
    if (takesFieldSelector) {
      args.optionalText("field_selector").ifPresent(fields::add);
    }
    if (!fields.isEmpty()) {
      url.addQueryParameter("fieldSelector", String.join(",", fields));
    }
    args.integer("limit").ifPresent(v -> url.addQueryParameter("limit", Long.toString(v)));
    return KubeObjects.items(get(url), view);
  }

  Object object(HttpUrl.Builder url) {
    return KubeObjects.clean(get(url));
  }

  /** A container's log as text; the last 100 lines unless {@code tail_lines} or {@code since_seconds}. */
  Object logs() {
    HttpUrl.Builder url = named("api/v1", "pods").addPathSegment("log");
    if (args.has("container")) {
      url.addQueryParameter("container", name(args, "container"));
    }
    Long tail = args.integer("tail_lines").orElse(args.has("since_seconds") ? null : DEFAULT_TAIL_LINES);
    if (tail != null) {
      url.addQueryParameter("tailLines", Long.toString(tail));
    }
    args.integer("since_seconds").ifPresent(v -> url.addQueryParameter("sinceSeconds", Long.toString(v)));
    if (args.flag("previous").orElse(false)) {
      url.addQueryParameter("previous", "true");
    }
    url.addQueryParameter("limitBytes", Long.toString(LOG_LIMIT_BYTES));
    return client.checked(client.send(new Request.Builder().url(url.build()).get().build(), cancellation)).body();
  }

  /** {@code api_request}: a guarded GET of any read path; JSON cleaned, other bodies as text. */
  Object apiRequest() {
    Map<String, Object> params = args.object("params").orElse(Map.of());
    List<String> segments = ApiRequestGuard.check(args.text("path"), params);
    HttpUrl.Builder url = client.url();
    segments.forEach(url::addPathSegment);
    QueryValues.addTo(url, params);
    return KubeObjects.clean(client.jsonOrText(request(url), cancellation));
  }

  private Object get(HttpUrl.Builder url) {
    return client.json(request(url), cancellation);
  }

  private static Request request(HttpUrl.Builder url) {
    return new Request.Builder().url(url.build()).header("Accept", "application/json").get().build();
  }

  /** A namespace, object or container name: one plain path segment. */
  static String name(Arguments args, String argument) {
    String value = args.text(argument);
    if (!NAME.matcher(value).matches()) {
      throw Arguments.invalid(argument, "is not a Kubernetes name");
    }
    return value;
  }
}
