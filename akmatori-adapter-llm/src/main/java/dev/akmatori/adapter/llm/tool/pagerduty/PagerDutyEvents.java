package dev.akmatori.adapter.llm.tool.pagerduty;

import dev.akmatori.adapter.llm.tool.integration.ApiReply;
import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.model.Cancellation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * {@code send_event}: an alert event to the Events API v2 ({@code POST /v2/enqueue}), which is
 * authenticated by the event's {@code routing_key} alone, so the REST token is never sent there.
 * A {@code trigger} needs {@code summary}, {@code source} and {@code severity} (PagerDuty rejects
 * it otherwise); {@code acknowledge} and {@code resolve} need the {@code dedup_key} of the alert.
 * The reply ({@code 202 {"status", "message", "dedup_key"}}) is returned as is.
 */
final class PagerDutyEvents {
  static final String DEFAULT_EVENTS_HOST = "events.pagerduty.com";
  private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
  private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

  private PagerDutyEvents() {}

  /**
   * Where events go for a REST base URL: PagerDuty's own API hosts map to their events hosts
   * ({@code api.pagerduty.com} → {@code events.pagerduty.com}, {@code api.eu.pagerduty.com} →
   * {@code events.eu.pagerduty.com}), path {@code /v2/enqueue}; any other {@code pagerduty_url}
   * (a gateway, a test server) receives them itself, at {@code <pagerduty_url>/v2/enqueue}.
   */
  static HttpUrl eventsUrl(HttpUrl restBase) {
    String host = restBase.host();
    if (host.startsWith("api.") && (host.equals("api.pagerduty.com") || host.endsWith(".pagerduty.com"))) {
      return new HttpUrl.Builder().scheme(restBase.scheme()).host("events." + host.substring(4))
          .port(restBase.port()).addPathSegments("v2/enqueue").build();
    }
    return restBase.newBuilder().query(null).fragment(null).addPathSegment("v2").addPathSegment("enqueue").build();
  }

  /** The event body; every argument is checked before anything is sent. */
  static Map<String, Object> body(Arguments args) {
    String action = args.text("event_action");
    if (!ACTIONS.contains(action)) {
      throw Arguments.invalid("event_action", "must be trigger, acknowledge or resolve");
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("routing_key", args.text("routing_key"));
    event.put("event_action", action);
    if (!action.equals("trigger")) {
      event.put("dedup_key", args.optionalText("dedup_key").orElseThrow(() ->
          Arguments.invalid("dedup_key", "is required to " + action + " an alert")));
      return event;
    }
    args.optionalText("dedup_key").ifPresent(key -> event.put("dedup_key", key));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("summary", requiredToTrigger(args, "summary"));
    payload.put("source", requiredToTrigger(args, "source"));
    String severity = requiredToTrigger(args, "severity");
    if (!SEVERITIES.contains(severity)) {
      throw Arguments.invalid("severity", "must be critical, error, warning or info");
    }
    payload.put("severity", severity);
    for (String name : List.of("component", "group", "class")) {
      args.optionalText(name).ifPresent(value -> payload.put(name, value));
    }
    args.object("custom_details").ifPresent(details -> payload.put("custom_details", details));
    event.put("payload", payload);
    event.put("client", "Akmatori");
    return event;
  }

  /** Sends {@code args} as one event through {@code client} (whose base URL is the events URL). */
  static Object send(IntegrationClient client, List<String> secrets, Arguments args, Cancellation cancellation) {
    Map<String, Object> body = body(args);
    Request request = new Request.Builder().url(client.url().build()).header("Accept", "application/json")
        .post(RequestBody.create(Json.write(body), PagerDutyApi.JSON)).build();
    ApiReply reply = client.send(request, cancellation);
    if (!reply.isSuccessful()) {
      throw PagerDutyErrors.failure(reply, secrets);
    }
    return client.json(reply);
  }

  private static String requiredToTrigger(Arguments args, String name) {
    return args.optionalText(name).orElseThrow(() -> Arguments.invalid(name, "is required to trigger an alert"));
  }
}
