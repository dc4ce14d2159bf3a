package dev.akmatori.adapter.llm.tool.grafana;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.adapter.llm.tool.integration.Times;
import dev.akmatori.application.model.Cancellation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The W operations: a silence in Grafana's Alertmanager ({@code POST
 * /api/alertmanager/grafana/api/v2/silences}, times in RFC 3339) and an annotation ({@code POST
 * /api/annotations}, times in epoch milliseconds). The gateway runs them only on instances with
 * {@code allow_write_operations}.
 */
final class GrafanaWrites {
  private final IntegrationClient client;
  private final Cancellation cancellation;

  GrafanaWrites(IntegrationClient client, Cancellation cancellation) {
    this.client = client;
    this.cancellation = cancellation;
  }

  /** Matchers default to {@code isRegex: false, isEqual: true}; the end must follow the start. */
  Object silence(Arguments args) {
    List<Map<String, Object>> matchers = new ArrayList<>();
    for (Map<String, Object> given : args.objects("matchers")) {
      if (given.get("name") == null || given.get("value") == null) {
        throw Arguments.invalid("matchers", "each matcher needs a name and a value");
      }
      Map<String, Object> matcher = new LinkedHashMap<>(given);
      matcher.putIfAbsent("isRegex", false);
      matcher.putIfAbsent("isEqual", true);
      matchers.add(matcher);
    }
    if (matchers.isEmpty()) {
      throw Arguments.invalid("matchers", "must hold at least one matcher");
    }
    Instant start = time(args, "starts_at");
    Instant end = time(args, "ends_at");
    if (!end.isAfter(start)) {
      throw Arguments.invalid("ends_at", "must be after starts_at");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("matchers", matchers);
    body.put("startsAt", start.toString());
    body.put("endsAt", end.toString());
    body.put("createdBy", args.text("created_by"));
    body.put("comment", args.text("comment"));
    return post(client.url("api", "alertmanager", "grafana", "api", "v2", "silences"), body);
  }

  /** On a dashboard (numeric id or uid) and panel, or global; tags; a region when {@code time_end}. */
  Object annotation(Arguments args) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", args.text("text"));
    args.optionalText("dashboard_id").ifPresent(id -> {
      if (GrafanaParams.isNumber(id)) {
        body.put("dashboardId", Long.parseLong(id));
      } else {
        body.put("dashboardUID", id);
      }
    });
    args.optionalText("panel_id").ifPresent(id -> {
      if (!GrafanaParams.isNumber(id)) {
        throw Arguments.invalid("panel_id", "must be a numeric panel id");
      }
      body.put("panelId", Long.parseLong(id));
    });
    List<String> tags = args.texts("tags");
    if (!tags.isEmpty()) {
      body.put("tags", tags);
    }
    if (args.has("time")) {
      body.put("time", time(args, "time").toEpochMilli());
    }
    if (args.has("time_end")) {
      body.put("timeEnd", time(args, "time_end").toEpochMilli());
    }
    return post(client.url("api", "annotations"), body);
  }

  private Object post(HttpUrl.Builder url, Map<String, Object> body) {
    return client.json(new Request.Builder().url(url.build())
        .post(RequestBody.create(Json.write(body), GrafanaQueries.JSON)).build(), cancellation);
  }

  private static Instant time(Arguments args, String name) {
    return Times.instant(args.text(name))
        .orElseThrow(() -> Arguments.invalid(name, "must be RFC 3339 or Unix seconds"));
  }
}
