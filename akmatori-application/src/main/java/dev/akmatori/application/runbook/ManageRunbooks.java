package dev.akmatori.application.runbook;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.runbook.RunbookMatch;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;

/** Runbook use cases (contract §3.7). Unknown ids throw {@code NotFoundException}. */
public interface ManageRunbooks {
  String NOT_FOUND = "Runbook not found";

  Page<Runbook> list(PageRequest page);

  /** Ranked search; a blank query is the same as {@link #list} with score 0 and no snippet. */
  Page<RunbookMatch> search(String query, PageRequest page);

  Runbook get(RunbookId id);

  Runbook create(RunbookDraft draft);

  Runbook update(RunbookId id, RunbookDraft draft);

  void delete(RunbookId id);
}
