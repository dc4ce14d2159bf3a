package dev.akmatori.adapter.llm.tool.pagerduty;

import dev.akmatori.adapter.llm.tool.integration.ApiErrors;
import dev.akmatori.adapter.llm.tool.integration.ApiReply;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failed PagerDuty reply as the tool error {@code <status> <message>} (contract §6), read from
 * the two error shapes PagerDuty documents:
 *
 * <ul>
 *   <li>REST API v2 {@code {"error": {"message", "code", "errors": [...]}}} → {@code 400 Invalid
 *       Input Provided (PagerDuty error 2001): <errors joined by "; ">}
 *   <li>Events API v2 {@code {"status": "invalid event", "message", "errors": [...]}} → {@code 400
 *       Event object is invalid: <errors>}
 * </ul>
 *
 * A 401 adds a hint to check the instance's token; a 429 adds the wait PagerDuty announces in
 * {@code ratelimit-reset} (or {@code Retry-After}). Anything else falls back to the shared {@link
 * ApiErrors}. The sent secrets are masked out of every text.
 */
final class PagerDutyErrors {
  private static final int MAX_MESSAGE = 2000;

  private PagerDutyErrors() {}

  static ToolCallException failure(ApiReply reply, List<String> secrets) {
    Optional<String> message = message(reply.body());
    if (message.isEmpty()) {
      ToolCallException generic = ApiErrors.failure(reply, secrets);
      return new ToolCallException(ApiErrors.scrub(generic.getMessage() + hint(reply), secrets));
    }
    String text = message.get();
    if (text.length() > MAX_MESSAGE) {
      text = text.substring(0, MAX_MESSAGE) + "…";
    }
    return new ToolCallException(ApiErrors.scrub(reply.status() + " " + text + hint(reply), secrets));
  }

  /** The message of a PagerDuty error body, if the body has one of its shapes. */
  static Optional<String> message(String body) {
    Object parsed = Json.parse(body).orElse(null);
    if (!(parsed instanceof Map)) {
      return Optional.empty();
    }
    Map<?, ?> root = (Map<?, ?>) parsed;
    if (root.get("error") instanceof Map) {
      Map<?, ?> error = (Map<?, ?>) root.get("error");
      String message = text(error.get("message")).orElse("error");
      Optional<String> code = text(error.get("code"));
      String head = code.isPresent() ? message + " (PagerDuty error " + code.get() + ")" : message;
      return Optional.of(withDetails(head, message, error.get("errors")));
    }
    if (root.get("status") instanceof String && root.containsKey("message")) {
      String message = text(root.get("message")).orElse((String) root.get("status"));
      return Optional.of(withDetails(message, message, root.get("errors")));
    }
    return Optional.empty();
  }

  private static String withDetails(String head, String message, Object errors) {
    List<String> details = new ArrayList<>();
    if (errors instanceof List) {
      for (Object item : (List<?>) errors) {
        text(item).filter(d -> !d.equals(message) && !details.contains(d)).ifPresent(details::add);
      }
    }
    return details.isEmpty() ? head : head + ": " + String.join("; ", details);
  }

  private static String hint(ApiReply reply) {
    if (reply.status() == 401) {
      return "; check the instance's pagerduty_api_token";
    }
    if (reply.status() == 429) {
      String wait = Optional.ofNullable(reply.headers().get("ratelimit-reset"))
          .or(() -> Optional.ofNullable(reply.headers().get("Retry-After")))
          .map(String::strip).filter(s -> s.matches("\\d{1,6}")).orElse(null);
      return wait == null ? "; retry later" : "; retry in " + wait + " s";
    }
    return "";
  }

  private static Optional<String> text(Object value) {
    if (!(value instanceof String) && !(value instanceof Number)) {
      return Optional.empty();
    }
    String text = String.valueOf(value).strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
