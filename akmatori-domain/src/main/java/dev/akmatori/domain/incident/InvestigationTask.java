package dev.akmatori.domain.incident;

/**
 * The task text an investigation run ends its user message with (contract §5.5): the {@code task}
 * of an API incident; for other sources the {@code task} their creator stored in the context, else
 * a request naming the title.
 */
public final class InvestigationTask {
  private InvestigationTask() {}

  public static String of(Incident incident) {
    Object task = incident.context().get("task");
    if (task instanceof String && !((String) task).isBlank()) {
      return (String) task;
    }
    return "Investigate the incident: " + incident.title();
  }
}
