package dev.akmatori.domain.incident;

import java.util.Locale;
import java.util.Optional;

/** The kinds of investigation events (contract §5.7). */
public enum EventType {
  /** {@code {status, previous_status, error}}. */
  STATUS,
  /** {@code {text}}: a chunk of the execution log. */
  LOG,
  /** {@code {call_id, name, instance, arguments, success, duration_ms, output, output_truncated, error}}. */
  TOOL_CALL,
  /** {@code {response, tokens_used, execution_time_ms, steps}}, just before the completed status. */
  RESPONSE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EventType> fromWire(String name) {
    for (EventType t : values()) {
      if (t.wireName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
