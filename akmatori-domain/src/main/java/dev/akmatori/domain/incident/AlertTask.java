package dev.akmatori.domain.incident;

import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import java.util.Map;
import java.util.Optional;

/**
 * The task an investigation of an alert incident is given (contract §4.8), rendered from the
 * incident's context so that nothing beyond the contract's context keys is stored.
 */
public final class AlertTask {
  static final String CHECKLIST =
      """
      Please work through this checklist:
      1. Is this a known issue? Search the runbooks for it.
      2. Gather the relevant metrics and logs.
      3. Identify the likely root causes.
      4. Propose prioritised remediation steps.
      5. Assess the urgency and the impact.""";

  private AlertTask() {}

  /**
   * The task of an incident created from an alert: its {@code source} is an alert source type and its
   * context has the alert's keys (§4.8); empty for any other incident.
   */
  public static Optional<String> of(String source, Map<String, Object> context) {
    Optional<AlertSourceTypeSpec> type = BuiltinAlertSourceTypes.find(source);
    if (type.isEmpty() || !context.containsKey("alert_name")) {
      return Optional.empty();
    }
    String name = text(context, "alert_name");
    StringBuilder task = new StringBuilder();
    task.append("Investigate alert ").append(name).append(" received from ").append(type.get().displayName())
        .append(" (source \"").append(text(context, "source_instance")).append("\"):\n")
        .append("Alert: ").append(name).append('\n')
        .append("Host: ").append(text(context, "target_host")).append('\n')
        .append("Service: ").append(text(context, "target_service")).append('\n')
        .append("Severity: ").append(text(context, "severity")).append('\n')
        .append("Summary: ").append(text(context, "summary")).append('\n')
        .append("Description: ").append(text(context, "description")).append('\n');
    String metric = text(context, "metric_name");
    if (!metric.isEmpty()) {
      task.append("Metric: ").append(metric).append(" = ").append(text(context, "metric_value")).append('\n');
    }
    String runbook = text(context, "runbook_url");
    if (!runbook.isEmpty()) {
      task.append("Runbook: ").append(runbook).append('\n');
    }
    return Optional.of(task.append('\n').append(CHECKLIST).toString());
  }

  private static String text(Map<String, Object> context, String key) {
    Object value = context.get(key);
    return value == null ? "" : String.valueOf(value);
  }
}
