package dev.akmatori.adapter.http.settings;

import dev.akmatori.domain.retention.RetentionRun;
import java.time.Instant;
import java.util.List;

/** The last-run shape of contract §3.10.5; both instants are null before the first run. */
record RetentionRunResponse(
    Instant startedAt, Instant finishedAt, long incidentsDeleted, long orphanDirsRemoved, long bytesFreed,
    List<String> errors) {

  static RetentionRunResponse from(RetentionRun run) {
    return new RetentionRunResponse(
        run.startedAt(), run.finishedAt(), run.incidentsDeleted(), run.orphanDirsRemoved(), run.bytesFreed(),
        run.errors());
  }
}
