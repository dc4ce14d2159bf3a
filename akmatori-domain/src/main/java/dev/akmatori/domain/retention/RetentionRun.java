package dev.akmatori.domain.retention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One retention cleanup run as {@code GET /api/settings/retention/last-run} reports it (contract
 * §3.10.5). {@code finishedAt} is null while the run is in progress; both instants are null in
 * {@link #NEVER}, the answer before any process has run a cleanup.
 */
public record RetentionRun(
    Instant startedAt,
    Instant finishedAt,
    long incidentsDeleted,
    long orphanDirsRemoved,
    long bytesFreed,
    List<String> errors) {

  /** No run has been recorded yet. */
  public static final RetentionRun NEVER = new RetentionRun(null, null, 0, 0, 0, List.of());

  public RetentionRun {
    if (incidentsDeleted < 0 || orphanDirsRemoved < 0 || bytesFreed < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (startedAt == null && finishedAt != null) {
      throw new IllegalArgumentException("a finished run has a start");
    }
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
  }

  /** A run that has just started: nothing counted yet. */
  public static RetentionRun started(Instant at) {
    return new RetentionRun(Objects.requireNonNull(at, "at"), null, 0, 0, 0, List.of());
  }

  /** True while the run has started and not finished. */
  public boolean inProgress() {
    return startedAt != null && finishedAt == null;
  }
}
