package dev.akmatori.application.runbook;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored runbooks. Implementations are thread-safe; every method is one atomic operation. Failures
 * of the store itself surface as unchecked exceptions and are not retried here.
 */
public interface RunbookRepository {
  /** Stores a new runbook created at {@code now} and returns it with its id. */
  Runbook create(RunbookDraft draft, Instant now);

  Optional<Runbook> find(RunbookId id);

  /** Replaces title and content; empty when no such runbook exists. */
  Optional<Runbook> update(RunbookId id, RunbookDraft draft, Instant now);

  /** Removes the runbook; false when it did not exist. */
  boolean delete(RunbookId id);

  /** One page ordered by title (case-insensitive), then id; {@link PageRequest#ALL} for all. */
  Page<Runbook> list(PageRequest page);

  /** Every runbook, in the order of {@link #list}; the corpus of the ranked search. */
  default List<Runbook> all() {
    return list(PageRequest.ALL).items();
  }
}
