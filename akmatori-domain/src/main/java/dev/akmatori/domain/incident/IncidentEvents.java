package dev.akmatori.domain.incident;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The {@code data} objects of the events the lifecycle records (contract §5.7), keys in order. */
public final class IncidentEvents {
  private IncidentEvents() {}

  /** {@code {status, previous_status, error}}; {@code previous} is null for the first event. */
  public static Map<String, Object> status(IncidentStatus status, IncidentStatus previous, String error) {
    Objects.requireNonNull(status, "status");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("status", status.wireName());
    data.put("previous_status", previous == null ? null : previous.wireName());
    data.put("error", error);
    return data;
  }

  /** The status event of a re-queue: {@code running → pending} with the restart notice. */
  public static Map<String, Object> requeued() {
    return status(IncidentStatus.PENDING, IncidentStatus.RUNNING, Recovery.REQUEUE_NOTICE);
  }

  /** {@code {response, tokens_used, execution_time_ms, steps}}, recorded before {@code completed}. */
  public static Map<String, Object> response(String response, long tokensUsed, long executionTimeMs, long steps) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("response", response == null ? "" : response);
    data.put("tokens_used", tokensUsed);
    data.put("execution_time_ms", executionTimeMs);
    data.put("steps", steps);
    return data;
  }

  /** {@code {text}}. */
  public static Map<String, Object> log(String text) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("text", text == null ? "" : text);
    return data;
  }

  /** True for the status event of a re-queue, which {@code full_log} shows as a marker. */
  public static boolean isRequeue(IncidentEvent event) {
    return event.type() == EventType.STATUS
        && IncidentStatus.PENDING.wireName().equals(event.data().get("status"))
        && IncidentStatus.RUNNING.wireName().equals(event.data().get("previous_status"));
  }

  /** True for a status event whose status is terminal: the last event of an incident. */
  public static boolean isTerminal(IncidentEvent event) {
    if (event.type() != EventType.STATUS) {
      return false;
    }
    Object status = event.data().get("status");
    return status instanceof String
        && IncidentStatus.fromWire((String) status).map(IncidentStatus::isTerminal).orElse(false);
  }
}
