package dev.akmatori.adapter.llm.tool.catchpoint;

import dev.akmatori.adapter.llm.tool.integration.ApiErrors;
import dev.akmatori.adapter.llm.tool.integration.ApiReply;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Calls of the Catchpoint REST API v2 and its reply envelope {@code {"data", "messages", "errors":
 * [{"id", "message"}], "completed", "traceId", "usageLimits"}}. A result is {@code {"data": …}},
 * plus {@code messages} and {@code errors} when Catchpoint sent any (partial success); {@code
 * traceId} and {@code usageLimits} are dropped. A reply that is not an envelope comes back as
 * {@code {"data": <reply>}}. Failures read {@code <status> <message>}: the envelope's {@code
 * errors[].message}, ASP.NET's {@code {"Message"}} and validation problems {@code {"title",
 * "errors": {field: [..]}}}, else the shared {@link ApiErrors} rules; a 2xx envelope with {@code
 * completed: false}, no data and errors is a failure too. Secrets are masked in every message.
 */
final class CatchpointApi {
  static final MediaType JSON = MediaType.get("application/json");

  private final IntegrationClient client;
  private final List<String> secrets;
  private final Cancellation cancellation;

  CatchpointApi(IntegrationClient client, List<String> secrets, Cancellation cancellation) {
    this.client = client;
    this.secrets = secrets;
    this.cancellation = cancellation;
  }

  /** {@code catchpoint_url} + {@code segments}, each escaped. */
  HttpUrl.Builder url(String... segments) {
    return client.url(segments);
  }

  Map<String, Object> get(HttpUrl.Builder url) {
    return call(request(url).get().build());
  }

  Map<String, Object> post(HttpUrl.Builder url, Object body) {
    return call(request(url).post(RequestBody.create(Json.write(body), JSON)).build());
  }

  Map<String, Object> patch(HttpUrl.Builder url, Object body) {
    return call(request(url).patch(RequestBody.create(Json.write(body), JSON)).build());
  }

  private static Request.Builder request(HttpUrl.Builder url) {
    return new Request.Builder().url(url.build()).header("Accept", "application/json");
  }

  private Map<String, Object> call(Request request) {
    ApiReply reply = client.send(request, cancellation);
    Object parsed = Json.parse(reply.body()).orElse(null);
    if (!reply.isSuccessful()) {
      errorText(parsed).ifPresent(message -> {
        throw failure(reply.status(), message);
      });
      client.checked(reply);
    }
    Object body = client.json(reply);
    Map<String, Object> result = new LinkedHashMap<>();
    if (!isEnvelope(body)) {
      result.put("data", body);
      return result;
    }
    Map<?, ?> envelope = (Map<?, ?>) body;
    List<String> errors = envelopeErrors(envelope.get("errors"));
    if (Boolean.FALSE.equals(envelope.get("completed")) && envelope.get("data") == null && !errors.isEmpty()) {
      throw failure(reply.status(), String.join("; ", errors));
    }
    result.put("data", envelope.get("data"));
    if (envelope.get("messages") instanceof List && !((List<?>) envelope.get("messages")).isEmpty()) {
      result.put("messages", envelope.get("messages"));
    }
    if (envelope.get("errors") instanceof List && !((List<?>) envelope.get("errors")).isEmpty()) {
      result.put("errors", envelope.get("errors"));
    }
    return result;
  }

  private ToolCallException failure(int status, String message) {
    String text = message.length() <= 2000 ? message : message.substring(0, 2000) + "…";
    return new ToolCallException(ApiErrors.scrub(status + " " + text, secrets));
  }

  private static boolean isEnvelope(Object body) {
    return body instanceof Map
        && (((Map<?, ?>) body).containsKey("data") || ((Map<?, ?>) body).containsKey("completed"));
  }

  /** The message of a failed reply in one of Catchpoint's error shapes, if it has one. */
  static Optional<String> errorText(Object body) {
    if (!(body instanceof Map)) {
      return Optional.empty();
    }
    Map<?, ?> root = (Map<?, ?>) body;
    List<String> parts = new ArrayList<>();
    if (root.get("errors") instanceof List) {
      parts.addAll(envelopeErrors(root.get("errors")));
    } else if (root.get("errors") instanceof Map) {
      text(root.get("title")).ifPresent(parts::add);
      ((Map<?, ?>) root.get("errors")).forEach((field, messages) -> parts.add(field + ": "
          + (messages instanceof List ? String.join(" ", ((List<?>) messages).stream().map(String::valueOf).toList())
              : String.valueOf(messages))));
    }
    if (parts.isEmpty()) {
      text(root.get("Message")).ifPresent(parts::add);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }

  /** {@code errors: [{"id", "message"}]} as {@code <message>} (or {@code <id>} when it has none). */
  private static List<String> envelopeErrors(Object errors) {
    List<String> out = new ArrayList<>();
    if (!(errors instanceof List)) {
      return out;
    }
    for (Object error : (List<?>) errors) {
      if (error instanceof Map) {
        text(((Map<?, ?>) error).get("message")).or(() -> text(((Map<?, ?>) error).get("id"))).ifPresent(out::add);
      } else {
        text(error).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<String> text(Object value) {
    return value instanceof String && !((String) value).isBlank()
        ? Optional.of(((String) value).strip()) : Optional.empty();
  }
}
