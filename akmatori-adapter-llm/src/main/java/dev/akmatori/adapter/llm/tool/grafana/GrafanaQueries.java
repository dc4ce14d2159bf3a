package dev.akmatori.adapter.llm.tool.grafana;

import dev.akmatori.adapter.llm.tool.integration.ApiReply;
import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.adapter.llm.tool.integration.Times;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Queries through {@code POST /api/ds/query}: {@code {"queries": [...], "from", "to"}} with each
 * query naming its data source by uid. Times go as epoch milliseconds (relative forms such as
 * {@code now-1h} as given); the range defaults to the last hour. A failed query's {@code
 * results.<refId>.error} becomes the tool error.
 */
final class GrafanaQueries {
  static final MediaType JSON = MediaType.get("application/json");

  private final IntegrationClient client;
  private final Cancellation cancellation;

  GrafanaQueries(IntegrationClient client, Cancellation cancellation) {
    this.client = client;
    this.cancellation = cancellation;
  }

  /** The queries as given, each with {@code datasource.uid} and a {@code refId} added when missing. */
  Object dataSource(Arguments args) {
    List<Map<String, Object>> queries = args.objects("queries");
    if (queries.isEmpty()) {
      throw Arguments.invalid("queries", "must hold at least one query");
    }
    for (int i = 0; i < queries.size(); i++) {
      queries.get(i).putIfAbsent("refId", String.valueOf((char) ('A' + Math.min(i, 25))));
      queries.get(i).putIfAbsent("datasource", Map.of("uid", args.text("datasource_uid")));
    }
    return run(queries, args, "from", "to");
  }

  /** PromQL: a range query unless {@code instant}; {@code step} seconds as the query interval. */
  Object prometheus(Arguments args) {
    Map<String, Object> query = query(args);
    boolean instant = args.flag("instant").orElse(false);
    query.put("instant", instant);
    query.put("range", args.flag("range").orElse(!instant));
    args.integer("step").ifPresent(step -> {
      query.put("interval", step + "s");
      query.put("intervalMs", step * 1000);
    });
    return run(List.of(query), args, "start", "end");
  }

  /** LogQL over a range: {@code maxLines} from {@code limit}, {@code direction} backward or forward. */
  Object loki(Arguments args) {
    Map<String, Object> query = query(args);
    query.put("queryType", "range");
    args.integer("limit").ifPresent(limit -> query.put("maxLines", limit));
    args.optionalText("direction").ifPresent(direction -> {
      if (!direction.equals("backward") && !direction.equals("forward")) {
        throw Arguments.invalid("direction", "must be backward or forward");
      }
      query.put("direction", direction);
    });
    return run(List.of(query), args, "start", "end");
  }

  private static Map<String, Object> query(Arguments args) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("refId", "A");
    query.put("datasource", Map.of("uid", args.text("datasource_uid")));
    query.put("expr", args.text("expr"));
    return query;
  }

  private Object run(List<Map<String, Object>> queries, Arguments args, String startName, String endName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("queries", queries);
    body.put("from", Times.epochMillisOrAsIs(
        args.optionalText(startName).or(() -> args.optionalText("from")).orElse("now-1h")));
    body.put("to", Times.epochMillisOrAsIs(
        args.optionalText(endName).or(() -> args.optionalText("to")).orElse("now")));
    Request request = new Request.Builder().url(client.url("api", "ds", "query").build())
        .post(RequestBody.create(Json.write(body), JSON)).build();
    ApiReply reply = client.send(request, cancellation);
    if (!reply.isSuccessful()) {
      queryErrors(reply).ifPresent(message -> {
        throw new ToolCallException(reply.status() + " " + message);
      });
    }
    return client.json(reply);
  }

  /** {@code results.<refId>.error} of each failed query, joined. */
  private static Optional<String> queryErrors(ApiReply reply) {
    Object body = Json.parse(reply.body()).orElse(null);
    if (!(body instanceof Map) || !(((Map<?, ?>) body).get("results") instanceof Map)) {
      return Optional.empty();
    }
    List<String> errors = new ArrayList<>();
    ((Map<?, ?>) ((Map<?, ?>) body).get("results")).forEach((refId, result) -> {
      if (result instanceof Map && ((Map<?, ?>) result).get("error") != null) {
        errors.add(refId + ": " + ((Map<?, ?>) result).get("error"));
      }
    });
    return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
  }
}
