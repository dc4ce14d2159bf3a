package dev.akmatori.application.retention;

import dev.akmatori.domain.retention.RetentionRun;

/** {@code GET /api/settings/retention/last-run}: the most recent cleanup run of any process (contract §3.10.5). */
@FunctionalInterface
public interface LastCleanupRun {
  /** The run that started last, in progress or finished; {@link RetentionRun#NEVER} before the first. */
  RetentionRun lastRun();
}
