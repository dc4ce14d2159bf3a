package dev.akmatori.domain.incident;

import java.util.Optional;

/**
 * The task text an investigation run ends its user message with (contract §5.5): the {@code task}
 * of an API incident; for other sources the {@code task} their creator stored in the context, the
 * alert task rendered from the context for alert incidents (§4.8), else a request naming the title.
 */
public final class InvestigationTask {
  private InvestigationTask() {}

  public static String of(Incident incident) {
    Object task = incident.context().get("task");
    if (task instanceof String && !((String) task).isBlank()) {
      return (String) task;
    }
    Optional<String> alertTask = AlertTask.of(incident.source(), incident.context());
    if (alertTask.isPresent()) {
      return alertTask.get();
    }
    return "Investigate the incident: " + incident.title();
  }
}
