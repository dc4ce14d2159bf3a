package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.InMemoryIncidents;
import dev.akmatori.application.metrics.InvestigationMetrics;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.IncidentTask;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** In-memory stores, a scripted loop and worker pools with short intervals, for worker tests. */
final class WorkerHarness implements AutoCloseable {
  final InMemoryIncidents store = new InMemoryIncidents();
  final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace();
  final ScriptedInvestigation loop = ScriptedInvestigation.answering("done");
  final FixedModelSettings models = new FixedModelSettings(true);
  final Clock clock = Clock.systemUTC();
  private final List<InvestigationWorkers> pools = new ArrayList<>();

  /**
   * Fast timings: poll 150 ms, heartbeat 50 ms, lease 10 s, recovery 100 ms, grace 400 ms / 1 s.
   *
   * <p>The lease is far longer than the heartbeat on purpose: the recovery sweep runs every 100 ms
   * and would take back this process's own live runs if one renewal were late by a lease, which a
   * loaded CI machine (2 cores, load 20) can do to a 600 ms lease. No test here waits for a lease to
   * run out by itself; those that need an expired lease set one in the past.
   */
  static WorkerSettings fast(int maxConcurrent) {
    return WorkerSettings.defaults(maxConcurrent, 50, 0, Duration.ofMinutes(1))
        .withTimings(
            Duration.ofMillis(150), Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofMillis(100),
            Duration.ofMillis(400), Duration.ofSeconds(1));
  }

  InvestigationWorkers workers(WorkerSettings settings, String owner) {
    return workers(settings, owner, store.queue, InvestigationMetrics.NONE);
  }

  /** Workers over {@code queue} (e.g. an observed one) that report their runs to {@code metrics}. */
  InvestigationWorkers workers(WorkerSettings settings, String owner, InvestigationQueue queue, InvestigationMetrics metrics) {
    InvestigationWorkers.Ports ports =
        new InvestigationWorkers.Ports(queue, RunJournal.of(store.events, store.repository), workspace, loop, models);
    InvestigationWorkers workers = new InvestigationWorkers(ports, settings, owner, clock, metrics);
    pools.add(workers);
    return workers;
  }

  CreateIncident creator(InvestigationWakeUp wakeUp) {
    return new CreateIncident(store.repository, workspace, () -> "You are the incident manager.", wakeUp, clock, UUID::randomUUID);
  }

  /** An API incident stored without waking anyone, created at {@code at}. */
  Incident queued(String task, Instant at) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    return store.repository.create(
        new NewIncident(id, "api", "api-1", task, Map.of("task", task), workspace.directory(id).toString()), at);
  }

  Incident find(Incident incident) {
    return store.repository.find(incident.uuid()).orElseThrow();
  }

  IncidentStatus status(Incident incident) {
    return find(incident).status();
  }

  static IncidentTask task(String text) {
    return new IncidentTask(text);
  }

  @Override
  public void close() {
    pools.forEach(InvestigationWorkers::close);
  }
}
