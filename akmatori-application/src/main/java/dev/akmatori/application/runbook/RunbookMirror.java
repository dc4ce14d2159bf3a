package dev.akmatori.application.runbook;

import dev.akmatori.domain.runbook.Runbook;
import java.util.List;

/**
 * The Markdown mirror of the runbooks under {@code <data-dir>/runbooks/} (contract §3.7). The
 * database is the source of truth; the mirror is rewritten from it. Failures are unchecked I/O
 * errors; a failed sync leaves the database untouched and is repaired by the next one.
 */
public interface RunbookMirror {
  /** Makes the directory hold exactly one file per runbook of {@code all}, removing the rest. */
  void sync(List<Runbook> all);
}
