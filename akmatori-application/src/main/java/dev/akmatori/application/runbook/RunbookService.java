package dev.akmatori.application.runbook;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.runbook.RunbookMatch;
import dev.akmatori.domain.runbook.RunbookSearch;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Clock;
import java.util.List;

/** Runbook CRUD and search; re-syncs the file mirror after every write. */
public final class RunbookService implements ManageRunbooks {
  private final RunbookRepository repository;
  private final RunbookMirror mirror;
  private final Clock clock;

  public RunbookService(RunbookRepository repository, RunbookMirror mirror, Clock clock) {
    this.repository = repository;
    this.mirror = mirror;
    this.clock = clock;
  }

  @Override
  public Page<Runbook> list(PageRequest page) {
    return repository.list(page);
  }

  @Override
  public Page<RunbookMatch> search(String query, PageRequest page) {
    if (query == null || query.isBlank()) {
      return list(page).map(r -> new RunbookMatch(r, 0, ""));
    }
    List<RunbookMatch> ranked = RunbookSearch.search(repository.all(), query);
    return Page.slice(ranked, page);
  }

  @Override
  public Runbook get(RunbookId id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  @Override
  public Runbook create(RunbookDraft draft) {
    Runbook created = repository.create(draft, clock.instant());
    resync();
    return created;
  }

  @Override
  public Runbook update(RunbookId id, RunbookDraft draft) {
    Runbook updated =
        repository.update(id, draft, clock.instant()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    resync();
    return updated;
  }

  @Override
  public void delete(RunbookId id) {
    if (!repository.delete(id)) {
      throw new NotFoundException(NOT_FOUND);
    }
    resync();
  }

  /** Startup and post-write repair of the file mirror. */
  public void resync() {
    mirror.sync(repository.all());
  }
}
