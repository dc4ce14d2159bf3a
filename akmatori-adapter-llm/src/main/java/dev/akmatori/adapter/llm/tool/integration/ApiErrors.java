package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a failed reply into the tool error {@code <status> <the API's message>} (contract §6). The
 * message is read from the error shapes of the supported APIs, else the body (whitespace collapsed,
 * cut at 300 characters), else the HTTP reason phrase:
 *
 * <ul>
 *   <li>Prometheus / VictoriaMetrics {@code {"status":"error","errorType","error"}} → {@code
 *       <errorType>: <error>}
 *   <li>Kubernetes {@code Status} objects and Grafana {@code {"message"}} → {@code message}
 *   <li>{@code {"error": "<text>"}} and {@code {"error": {"message", "data"|"errors"}}} (JSON-RPC,
 *       PagerDuty) → message and details
 *   <li>{@code {"detail"}} (NetBox / Django REST framework)
 * </ul>
 */
public final class ApiErrors {
  private static final int MAX_TEXT = 300;
  private static final int MAX_MESSAGE = 2000;

  private ApiErrors() {}

  /** The tool error for a non-2xx {@code reply}; {@code secrets} are masked out of the text. */
  public static ToolCallException failure(ApiReply reply, List<String> secrets) {
    String message = messageOf(reply.body())
        .map(m -> shorten(m, MAX_MESSAGE))
        .orElseGet(() -> shorten(reply.body(), MAX_TEXT));
    if (message.isEmpty()) {
      message = reply.reason().isEmpty() ? "no response body" : reply.reason();
    }
    return new ToolCallException(scrub(reply.status() + " " + message, secrets));
  }

  /** The API's own error message in a JSON body, if it has one of the known shapes. */
  public static Optional<String> messageOf(String body) {
    Object parsed = Json.parse(body).orElse(null);
    if (!(parsed instanceof Map)) {
      return Optional.empty();
    }
    Map<?, ?> root = (Map<?, ?>) parsed;
    Object error = root.get("error");
    if ("error".equals(root.get("status")) && error instanceof String) {
      Object type = root.get("errorType");
      return nonBlank((type instanceof String ? type + ": " : "") + error);
    }
    if (error instanceof String) {
      return nonBlank((String) error);
    }
    if (error instanceof Map) {
      return withDetails((Map<?, ?>) error);
    }
    return text(root.get("message")).or(() -> text(root.get("detail"))).or(() -> text(root.get("title")));
  }

  private static Optional<String> withDetails(Map<?, ?> error) {
    List<String> parts = new ArrayList<>();
    text(error.get("message")).ifPresent(parts::add);
    text(error.get("data")).ifPresent(parts::add);
    if (error.get("errors") instanceof List) {
      ((List<?>) error.get("errors")).forEach(e -> text(e).ifPresent(parts::add));
    }
    return nonBlank(String.join(" ", parts));
  }

  /** Replaces every clear secret value of 4 characters or more with {@code ****}. */
  public static String scrub(String text, List<String> secrets) {
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, "****");
      }
    }
    return out;
  }

  static String shorten(String text, int max) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }

  private static Optional<String> text(Object value) {
    return value instanceof String || value instanceof Number ? nonBlank(String.valueOf(value)) : Optional.empty();
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
