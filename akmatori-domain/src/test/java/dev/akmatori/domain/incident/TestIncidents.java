package dev.akmatori.domain.incident;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small factories of incidents and events for tests of every layer. */
public final class TestIncidents {
  public static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private TestIncidents() {}

  /** An API incident with {@code task} in its context. */
  public static Incident api(String task, IncidentStatus status) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("task", task);
    context.put("created_by", "api");
    return incident("api", context, status, "", null);
  }

  public static Incident incident(
      String source, Map<String, Object> context, IncidentStatus status, String response, String error) {
    IncidentId id = new IncidentId(UUID.nameUUIDFromBytes(String.valueOf(context).getBytes()));
    return new Incident(
        1, id, source, "api-1", "Title", status, context, id.toString(), "/data/incidents/" + id, "",
        response, 0, 0, T0, status.isTerminal() ? T0 : null, T0, T0, error, 0, 0);
  }

  /** Events numbered from 1 in the given order. */
  public static List<IncidentEvent> numbered(List<Map.Entry<EventType, Map<String, Object>>> drafts) {
    return java.util.stream.IntStream.range(0, drafts.size())
        .mapToObj(i -> new IncidentEvent(i + 1, drafts.get(i).getKey(), T0.plusSeconds(i), drafts.get(i).getValue()))
        .toList();
  }

  /** A {@code tool_call} event's data with the keys of contract §5.7. */
  public static Map<String, Object> toolCall(
      String name, Map<String, Object> arguments, boolean success, long millis, String output, String error) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("call_id", "call-" + name);
    data.put("name", name);
    data.put("instance", null);
    data.put("arguments", arguments);
    data.put("success", success);
    data.put("duration_ms", millis);
    data.put("output", output);
    data.put("output_truncated", false);
    data.put("error", error);
    return data;
  }
}
