package dev.akmatori.application.retention;

import dev.akmatori.domain.retention.RetentionRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one cleanup run has done so far. Errors are kept up to {@link #MAX_ERRORS}, then counted in
 * one closing line, so a run over thousands of broken workspaces still stores a bounded record.
 * Used by one thread.
 */
final class RunTally {
  static final int MAX_ERRORS = 100;

  private final Instant startedAt;
  private final List<String> errors = new ArrayList<>();
  private long incidentsDeleted;
  private long orphanDirsRemoved;
  private long bytesFreed;
  private long errorsLeftOut;

  RunTally(Instant startedAt) {
    this.startedAt = startedAt;
  }

  void incidentsDeleted(int count) {
    incidentsDeleted += count;
  }

  void orphanDirRemoved() {
    orphanDirsRemoved++;
  }

  void bytesFreed(long bytes) {
    bytesFreed += bytes;
  }

  void error(String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(message);
    } else {
      errorsLeftOut++;
    }
  }

  /** The run as finished at {@code at}. */
  RetentionRun finish(Instant at) {
    List<String> all = new ArrayList<>(errors);
    if (errorsLeftOut > 0) {
      all.add(errorsLeftOut + " more error(s) not listed");
    }
    return new RetentionRun(startedAt, at, incidentsDeleted, orphanDirsRemoved, bytesFreed, all);
  }
}
