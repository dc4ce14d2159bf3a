package dev.akmatori.examples.embedding;

import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Runbooks in a map, ordered like the real repository (title ignoring case, then id). Thread-safe. */
public final class InMemoryRunbooks implements RunbookRepository {
  private final Map<Long, Runbook> runbooks = new TreeMap<>();
  private long lastId;

  @Override
  public synchronized Runbook create(RunbookDraft draft, Instant now) {
    Runbook runbook = new Runbook(new RunbookId(++lastId), draft.title(), draft.content(), now, now);
    runbooks.put(runbook.id().value(), runbook);
    return runbook;
  }

  @Override
  public synchronized Optional<Runbook> find(RunbookId id) {
    return Optional.ofNullable(runbooks.get(id.value()));
  }

  @Override
  public synchronized Optional<Runbook> update(RunbookId id, RunbookDraft draft, Instant now) {
    return find(id).map(old -> {
      Runbook updated = new Runbook(id, draft.title(), draft.content(), old.createdAt(), now);
      runbooks.put(id.value(), updated);
      return updated;
    });
  }

  @Override
  public synchronized boolean delete(RunbookId id) {
    return runbooks.remove(id.value()) != null;
  }

  @Override
  public synchronized Page<Runbook> list(PageRequest page) {
    List<Runbook> ordered = runbooks.values().stream()
        .sorted(Comparator.comparing((Runbook r) -> r.title().toLowerCase()).thenComparing(r -> r.id().value()))
        .toList();
    return Page.slice(ordered, page);
  }
}
