package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory fake of {@link ContextFileRepository}, held to the same contract as the Jdbi one. */
public final class InMemoryContextFileRepository implements ContextFileRepository {
  private static final Comparator<ContextFile> ORDER =
      Comparator.comparing((ContextFile f) -> f.filename().value()).thenComparingLong(f -> f.id().value());

  private final Map<Long, ContextFile> rows = new TreeMap<>();
  private long sequence;

  @Override
  public synchronized ContextFile create(ContextFileDraft draft, Instant now) {
    if (findByFilename(draft.filename()).isPresent()) {
      throw ContextFileProblems.alreadyExists(draft.filename());
    }
    ContextFile file = ContextFile.of(new ContextFileId(++sequence), draft, now);
    rows.put(file.id().value(), file);
    return file;
  }

  @Override
  public synchronized Optional<ContextFile> find(ContextFileId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public synchronized Optional<ContextFile> findByFilename(ContextFileName filename) {
    return rows.values().stream().filter(f -> f.filename().equals(filename)).findFirst();
  }

  @Override
  public synchronized boolean delete(ContextFileId id) {
    return rows.remove(id.value()) != null;
  }

  @Override
  public synchronized Page<ContextFile> list(PageRequest page) {
    List<ContextFile> all = new ArrayList<>(rows.values());
    all.sort(ORDER);
    return Page.slice(all, page);
  }
}
