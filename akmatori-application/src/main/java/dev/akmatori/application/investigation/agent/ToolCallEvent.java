package dev.akmatori.application.investigation.agent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The data of one {@code tool_call} event, keys in the order of contract §5.7. */
final class ToolCallEvent {
  private final String callId;
  private final String name;
  private final Map<String, Object> arguments;
  private String instance;

  ToolCallEvent(String callId, String name, Map<String, Object> arguments) {
    this.callId = callId;
    this.name = name;
    this.arguments = arguments;
  }

  String name() {
    return name;
  }

  /** The logical name of the instance used, or null. */
  void instance(String logicalName) {
    this.instance = logicalName;
  }

  Map<String, Object> data(ShapedResult result, long durationMs) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("call_id", callId);
    data.put("name", name);
    data.put("instance", instance);
    data.put("arguments", arguments);
    data.put("success", result.success());
    data.put("duration_ms", durationMs);
    data.put("output", result.eventOutput());
    data.put("output_truncated", result.eventOutputTruncated());
    data.put("error", result.error());
    return data;
  }
}
