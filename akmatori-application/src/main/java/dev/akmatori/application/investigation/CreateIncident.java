package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.application.metrics.IncidentMetrics;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentTask;
import dev.akmatori.domain.incident.IncidentTitle;
import dev.akmatori.domain.incident.NewIncident;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code POST /api/incidents} (contract §3.1.3): stores a pending API incident with its workspace,
 * fallback title and first status event, then wakes this process's workers and hands the task to
 * {@link IncidentTitles}. Everything but the optional model title happens before it returns.
 */
public final class CreateIncident {
  /** The {@code source} of incidents created through the API. */
  public static final String SOURCE = "api";

  private final IncidentRepository incidents;
  private final IncidentWorkspace workspace;
  private final IncidentManagerPrompt prompt;
  private final InvestigationWakeUp wakeUp;
  private final Clock clock;
  private final Supplier<UUID> uuids;
  private final IncidentTitles titles;
  private final IncidentMetrics metrics;

  /** Incidents that keep their fallback titles. */
  public CreateIncident(
      IncidentRepository incidents,
      IncidentWorkspace workspace,
      IncidentManagerPrompt prompt,
      InvestigationWakeUp wakeUp,
      Clock clock,
      Supplier<UUID> uuids) {
    this(incidents, workspace, prompt, wakeUp, clock, uuids, IncidentTitles.NONE);
  }

  /** Incidents announced to {@code titles} once stored, for the optional model title. */
  public CreateIncident(
      IncidentRepository incidents,
      IncidentWorkspace workspace,
      IncidentManagerPrompt prompt,
      InvestigationWakeUp wakeUp,
      Clock clock,
      Supplier<UUID> uuids,
      IncidentTitles titles) {
    this(incidents, workspace, prompt, wakeUp, clock, uuids, titles, IncidentMetrics.NONE);
  }

  /** As above, counting each created incident under source {@code api}. */
  public CreateIncident(
      IncidentRepository incidents,
      IncidentWorkspace workspace,
      IncidentManagerPrompt prompt,
      InvestigationWakeUp wakeUp,
      Clock clock,
      Supplier<UUID> uuids,
      IncidentTitles titles,
      IncidentMetrics metrics) {
    this.incidents = incidents;
    this.workspace = workspace;
    this.prompt = prompt;
    this.wakeUp = wakeUp;
    this.clock = clock;
    this.uuids = uuids;
    this.titles = titles;
    this.metrics = metrics;
  }

  /** Creates and queues the incident; {@code context} may be empty, never null. */
  public Incident create(IncidentTask task, Map<String, Object> context) {
    Instant now = clock.instant();
    IncidentId id = new IncidentId(uuids.get());
    Path directory = workspace.create(id, prompt.agentsMarkdown());
    NewIncident incident =
        new NewIncident(
            id,
            SOURCE,
            "api-" + epochNanos(now),
            IncidentTitle.fallback(task.text(), SOURCE),
            serverContext(context, task),
            directory.toString());
    Incident created = incidents.create(incident, now);
    metrics.created(SOURCE);
    wakeUp.queued();
    // Returns at once: the model title, if any, is asked for on another thread (§5.2).
    titles.created(created.uuid(), task.text());
    return created;
  }

  /** The caller's object with the server keys set on top; caller keys of the same name are overwritten. */
  static Map<String, Object> serverContext(Map<String, Object> caller, IncidentTask task) {
    Map<String, Object> context = new LinkedHashMap<>(caller);
    context.put("task", task.text());
    context.put("created_by", SOURCE);
    return context;
  }

  static long epochNanos(Instant now) {
    return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
  }
}
