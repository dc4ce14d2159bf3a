package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of an incident's investigation, as the lifecycle hands it to the agent loop: which
 * incident, the task text the user message ends with, the workspace directory and the run's
 * budgets (contract §5.8; each run starts with fresh budgets).
 */
public record InvestigationRun(
    IncidentId incident,
    String task,
    Path workspace,
    Instant startedAt,
    int maxSteps,
    long maxTokens,
    Duration timeout) {

  public InvestigationRun {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(timeout, "timeout");
    if (maxSteps < 1 || maxTokens < 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("invalid budgets");
    }
  }
}
