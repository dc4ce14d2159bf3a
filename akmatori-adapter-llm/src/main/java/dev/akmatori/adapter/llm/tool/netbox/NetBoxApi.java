package dev.akmatori.adapter.llm.tool.netbox;

import dev.akmatori.adapter.llm.tool.integration.ApiErrors;
import dev.akmatori.adapter.llm.tool.integration.ApiReply;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * GETs against the NetBox REST API with {@code Accept: application/json}; the reply's JSON comes
 * back as is (lists keep NetBox's {@code {count, next, previous, results}}). Failed replies become
 * {@code <status> <message>}: {@code {"detail": …}} (authentication, permission, not found) and
 * NetBox's 500 {@code {"error", "exception"}} through the shared {@link ApiErrors}; Django REST
 * framework's field errors ({@code {"status": ["Select a valid choice. …"]}}) as {@code <field>:
 * <messages>} joined by {@code ;}.
 */
final class NetBoxApi {
  private final IntegrationClient client;
  private final List<String> secrets;
  private final Cancellation cancellation;

  NetBoxApi(IntegrationClient client, List<String> secrets, Cancellation cancellation) {
    this.client = client;
    this.secrets = secrets;
    this.cancellation = cancellation;
  }

  /** {@code netbox_url} + {@code api/<segments>/}: NetBox routes all end with a slash. */
  HttpUrl.Builder url(List<String> segments) {
    HttpUrl.Builder url = client.url("api");
    segments.forEach(url::addPathSegment);
    return url.addPathSegment("");
  }

  Object get(HttpUrl url) {
    Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
    ApiReply reply = client.send(request, cancellation);
    if (!reply.isSuccessful()) {
      Optional<String> fields = fieldErrors(reply.body());
      if (fields.isPresent()) {
        throw new ToolCallException(ApiErrors.scrub(reply.status() + " " + fields.get(), secrets));
      }
    }
    return client.json(reply);
  }

  /** Django REST framework validation errors: an object of field → message(s), no {@code detail}. */
  static Optional<String> fieldErrors(String body) {
    Object parsed = Json.parse(body).orElse(null);
    if (!(parsed instanceof Map) || ((Map<?, ?>) parsed).isEmpty()) {
      return Optional.empty();
    }
    Map<?, ?> root = (Map<?, ?>) parsed;
    if (root.containsKey("detail") || root.containsKey("error")) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<?, ?> entry : root.entrySet()) {
      Object value = entry.getValue();
      List<?> messages = value instanceof List ? (List<?>) value : List.of(value);
      if (messages.isEmpty() || messages.stream().anyMatch(m -> !(m instanceof String))) {
        return Optional.empty();
      }
      parts.add(entry.getKey() + ": " + String.join(" ", messages.stream().map(String::valueOf).toList()));
    }
    String text = String.join("; ", parts);
    return Optional.of(text.length() <= 2000 ? text : text.substring(0, 2000) + "…");
  }
}
