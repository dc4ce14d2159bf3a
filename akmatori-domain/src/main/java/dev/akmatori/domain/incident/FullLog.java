package dev.akmatori.domain.incident;

import java.util.List;
import java.util.Map;

/**
 * Renders {@code full_log} (contract §5.6) from an incident and its events: a header from the
 * source, the execution log from {@code log} and {@code tool_call} events with a marker per
 * re-queue, and an ending for the terminal status. Nothing is stored: the log is always derived.
 */
public final class FullLog {
  /** Tool outputs are shown up to this many characters. */
  public static final int OUTPUT_LIMIT = 4096;

  private FullLog() {}

  public static String render(Incident incident, List<IncidentEvent> events) {
    StringBuilder log = new StringBuilder(header(incident));
    log.append("\n\n--- Execution Log ---\n\n");
    for (IncidentEvent event : events) {
      switch (event.type()) {
        case LOG -> block(log, text(event.data().get("text")));
        case TOOL_CALL -> toolCall(log, event.data());
        case STATUS -> {
          if (IncidentEvents.isRequeue(event)) {
            endLine(log);
            log.append("\n--- Investigation interrupted; restarting ---\n\n");
          }
        }
        default -> { }
      }
    }
    ending(log, incident);
    return log.toString();
  }

  /** {@code API Incident Task:} + task, or the alert lines, or the planned Slack header. */
  static String header(Incident incident) {
    Map<String, Object> context = incident.context();
    if ("api".equals(incident.source())) {
      return "API Incident Task:\n" + text(context.get("task"));
    }
    if ("slack".equals(incident.source())) {
      return "Slack Message from User " + text(context.get("user")) + ":\n" + text(context.get("text"));
    }
    return "Alert Investigation: " + text(context.get("alert_name"))
        + "\nHost: " + text(context.get("target_host"))
        + "\nSeverity: " + text(context.get("severity"));
  }

  private static void toolCall(StringBuilder log, Map<String, Object> data) {
    String name = text(data.get("name"));
    String millis = text(data.get("duration_ms"));
    Object arguments = data.get("arguments");
    endLine(log);
    log.append("Running: ").append(name).append(' ').append(CompactJson.write(arguments == null ? Map.of() : arguments));
    if (Boolean.TRUE.equals(data.get("success"))) {
      log.append("\nRan: ").append(name).append(" (").append(millis).append(" ms)\n");
    } else {
      log.append("\nFailed: ").append(name).append(" (").append(millis).append(" ms): ")
          .append(text(data.get("error"))).append('\n');
    }
    String output = text(data.get("output"));
    if (!output.isEmpty()) {
      log.append("Output:\n").append(cut(output)).append('\n');
    }
  }

  private static void ending(StringBuilder log, Incident incident) {
    switch (incident.status()) {
      case COMPLETED -> closing(log, "--- Final Response ---\n" + text(incident.response()));
      case FAILED -> closing(log, "--- Error ---\n" + text(incident.error()));
      case CANCELLED -> closing(log, "--- Cancelled ---");
      default -> { }
    }
  }

  private static void closing(StringBuilder log, String section) {
    endLine(log);
    log.append('\n').append(section);
  }

  /** A chunk of model text or a notice, kept as produced and ended with a newline. */
  private static void block(StringBuilder log, String text) {
    if (!text.isEmpty()) {
      log.append(text);
      endLine(log);
    }
  }

  private static void endLine(StringBuilder log) {
    if (log.length() > 0 && log.charAt(log.length() - 1) != '\n') {
      log.append('\n');
    }
  }

  private static String cut(String output) {
    if (output.codePointCount(0, output.length()) <= OUTPUT_LIMIT) {
      return output;
    }
    return output.substring(0, output.offsetByCodePoints(0, OUTPUT_LIMIT));
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
