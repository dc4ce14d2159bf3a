package dev.akmatori.application.runbook;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The in-memory fake of {@link RunbookRepository}, held to the same contract as the Jdbi one. */
public final class InMemoryRunbookRepository implements RunbookRepository {
  private static final Comparator<Runbook> ORDER =
      Comparator.comparing((Runbook r) -> r.title().toLowerCase(Locale.ROOT))
          .thenComparingLong(r -> r.id().value());

  private final Map<Long, Runbook> rows = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  @Override
  public Runbook create(RunbookDraft draft, Instant now) {
    Runbook runbook =
        new Runbook(new RunbookId(sequence.incrementAndGet()), draft.title(), draft.content(), now, now);
    rows.put(runbook.id().value(), runbook);
    return runbook;
  }

  @Override
  public Optional<Runbook> find(RunbookId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public Optional<Runbook> update(RunbookId id, RunbookDraft draft, Instant now) {
    return Optional.ofNullable(
        rows.computeIfPresent(
            id.value(),
            (k, old) -> new Runbook(old.id(), draft.title(), draft.content(), old.createdAt(), now)));
  }

  @Override
  public boolean delete(RunbookId id) {
    return rows.remove(id.value()) != null;
  }

  @Override
  public Page<Runbook> list(PageRequest page) {
    List<Runbook> all = new ArrayList<>(rows.values());
    all.sort(ORDER);
    return Page.slice(all, page);
  }
}
